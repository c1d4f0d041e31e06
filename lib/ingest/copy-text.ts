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

/** One line of COPY text, its end of line included. */
export function copyLine(values: readonly CopyValue[]): string {
  let line = "";
  for (let i = 0; i < values.length; i++) {
    if (i > 0) line += "\t";
    line += copyField(values[i]!);
  }
  return line + "\n";
}

function copyField(value: CopyValue): string {
  if (value === null) return "\\N";
  if (typeof value === "number") return String(value);

  const text = typeof value === "string" ? value : JSON.stringify(value);
  return NEEDS_ESCAPE.test(text) ? text.replace(/[\\\t\n\r]/g, (c) => ESCAPED[c]!) : text;
}
