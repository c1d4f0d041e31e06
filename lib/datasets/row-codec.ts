import { sql } from "drizzle-orm";

import type { DatasetRowView } from "@/lib/contract/datasets";

/** A version row as the database formats it: every value still text. */
export interface StoredRow {
  key: string;
  predictionId: string | null;
  modelVersion: string | null;
  region: string | null;
  client: string | null;
  timestamp: string | null;
  /** jsonb text */
  features: string;
  text: string | null;
  predictedLabel: string | null;
  label: string;
  source: DatasetRowView["source"];
  /** float8 text */
  agreement: string | null;
  /** No value but features holds a character JSON must escape. */
  plain?: boolean;
}

const SEPARATOR = "\u001f";
const PRESENT = "\u001e";
const ESCAPE = "\u001c";
const FIELDS = 11;

// The separator inside a value is written as ESCAPE + \x1b, and ESCAPE itself
// doubled, so every encoded row splits back into exactly its fields.
const escaped = (expression: string) =>
  `replace(replace(${expression}, E'\\x1c', E'\\x1c\\x1c'), E'\\x1f', E'\\x1c\\x1b')`;

// A nullable value is marked present or absent by its first character, so an
// empty string, null and any text stay apart.
const nullable = (expression: string) => `coalesce(E'\\x1e' || ${expression}, E'\\x1d')`;

/**
 * The eleven values of a row after its key, joined into one text by the
 * database: plain concatenation costs PostgreSQL little, unlike building JSON,
 * and the drivers' cost is per column. jsonb text never holds a raw control
 * character, and neither do timestamps and numbers, so those are not escaped.
 */
export const ENCODED_ROW = sql.raw(
  [
    nullable(escaped("prediction_id")),
    nullable(escaped("model_version")),
    nullable(escaped("region")),
    nullable(escaped("client")),
    nullable(`to_char(ts at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`),
    nullable(escaped("text")),
    nullable(escaped("predicted_label")),
    escaped("label"),
    "source",
    nullable("agreement::text"),
    // Last, so that everything before it can be checked for escapes at once.
    "features::text",
  ].join(` || E'\\x1f' || `),
);

const UNESCAPES = /\u001c([\u001b\u001c])/g;

function unescaped(field: string): string {
  if (!field.includes(ESCAPE)) return field;
  return field.replace(UNESCAPES, (_, char: string) =>
    char === ESCAPE ? ESCAPE : SEPARATOR,
  );
}

function optional(field: string): string | null {
  return field.startsWith(PRESENT) ? unescaped(field.slice(1)) : null;
}

// A quote, a backslash, a control character other than the encoding's marks
// and separator, a surrogate (JSON.stringify escapes a lone one), or a mark
// inside a value (one that does not follow a separator).
const NEEDS_ESCAPE = /["\\\u0000-\u001c\ud800-\udfff]|[^\u001f][\u001d\u001e]/;

/** A row back from its encoding. */
export function decodeRow(key: string, encoded: string): StoredRow {
  const fields = encoded.split(SEPARATOR);
  if (fields.length !== FIELDS) throw new Error(`version row ${key} does not decode`);

  const label = fields[7]!;
  const featuresAt = encoded.length - fields[10]!.length;
  const plain =
    !NEEDS_ESCAPE.test(encoded.slice(0, featuresAt)) && !/^[\u001d\u001e]/.test(label);
  return {
    key,
    predictionId: optional(fields[0]!),
    modelVersion: optional(fields[1]!),
    region: optional(fields[2]!),
    client: optional(fields[3]!),
    timestamp: optional(fields[4]!),
    text: optional(fields[5]!),
    predictedLabel: optional(fields[6]!),
    label: unescaped(label),
    source: fields[8] as StoredRow["source"],
    agreement: optional(fields[9]!),
    features: fields[10]!,
    plain,
  };
}
