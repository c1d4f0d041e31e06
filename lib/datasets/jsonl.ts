import type { StoredRow } from "./row-codec";

/**
 * One JSONL line, written key by key in a fixed order, so the same row always
 * gives the same bytes, and the manifest's sha256 of a version's JSONL holds.
 * A row whose values need no escaping (nearly all) skips JSON.stringify for
 * them: at a million rows the calls were most of an export's time.
 */
export function jsonlLine(row: StoredRow): string {
  const text = row.plain ? quoted : json;
  const agreement =
    row.agreement === null ? "null" : JSON.stringify(Number(row.agreement));

  return (
    `{"predictionId":${text(row.predictionId)},"modelVersion":${text(row.modelVersion)}` +
    `,"region":${text(row.region)},"client":${text(row.client)}` +
    `,"timestamp":${text(row.timestamp)},"features":${compactJson(row.features)}` +
    `,"text":${text(row.text)},"predictedLabel":${text(row.predictedLabel)}` +
    `,"label":${text(row.label)},"source":${text(row.source)}` +
    `,"agreement":${agreement}}\n`
  );
}

const json = (value: string | null) => JSON.stringify(value);
const quoted = (value: string | null) => (value === null ? "null" : `"${value}"`);

const SPACE = 32;
const QUOTE = 34;
const BACKSLASH = 92;

/**
 * jsonb's text without the spaces it prints after `:` and `,`. jsonb puts no
 * other whitespace outside strings, so dropping every space outside a string
 * leaves the same JSON, compact, with numbers exactly as stored.
 */
export function compactJson(jsonbText: string): string {
  let out = "";
  let from = 0;
  let inString = false;

  for (let i = 0; i < jsonbText.length; i++) {
    const char = jsonbText.charCodeAt(i);
    if (inString) {
      if (char === BACKSLASH) i++;
      else if (char === QUOTE) inString = false;
    } else if (char === QUOTE) {
      inString = true;
    } else if (char === SPACE) {
      out += jsonbText.slice(from, i);
      from = i + 1;
    }
  }
  return from === 0 ? jsonbText : out + jsonbText.slice(from);
}
