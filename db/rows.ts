/**
 * Raw `db.execute()` answers an array on postgres.js and `{ rows }` on PGlite;
 * every raw query reads its rows through here.
 */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];

  const rows = (result as { rows?: unknown }).rows;
  if (Array.isArray(rows)) return rows as T[];

  throw new Error("unexpected result shape from db.execute()");
}
