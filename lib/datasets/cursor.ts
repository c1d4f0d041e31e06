import { invalid } from "@/lib/errors";

/** Page cursors are the last row key seen, opaque to callers. */
export function encodeCursor(rowKey: string): string {
  return Buffer.from(rowKey, "utf8").toString("base64url");
}

export function decodeCursor(cursor: string | undefined): string | null {
  if (!cursor) return null;

  const key = Buffer.from(cursor, "base64url").toString("utf8");
  if (!/^[pb]:/.test(key)) {
    throw invalid("The cursor is not one this API gave.", [
      { path: "cursor", message: "pass nextCursor from the previous page" },
    ]);
  }
  return key;
}
