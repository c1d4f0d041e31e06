/**
 * PostgreSQL's COPY text format: a line per row, a tab between columns, \N
 * for NULL, and a backslash escaping backslashes, tabs and line ends inside
 * a value. Objects go in as their JSON text, which a jsonb column parses.
 */
export type CopyValue = string | number | object | null;

const NEEDS_ESCAPE = /[\\\t\n\r]/;
const ESCAPED: Record<string, string> = {
  "\\": "\\\\",
  "\t": "\\t",
  "\n": "\\n",
  "\r": "\\r",
};

/**
 * One line of COPY text holding `columns` of `row`, its end of line included.
 * Reads the row's fields in place: no array of values per row.
 */
export function copyLine<K extends string>(
  row: Readonly<Record<K, CopyValue>>,
  columns: readonly K[],
): string {
  let line = copyField(row[columns[0]!]);
  for (let i = 1; i < columns.length; i++) line += "\t" + copyField(row[columns[i]!]);
  return line + "\n";
}

function copyField(value: CopyValue): string {
  if (value === null) return "\\N";
  if (typeof value === "number") return String(value);

  const text = typeof value === "string" ? value : JSON.stringify(value);
  return NEEDS_ESCAPE.test(text) ? text.replace(/[\\\t\n\r]/g, (c) => ESCAPED[c]!) : text;
}
