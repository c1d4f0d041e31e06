import { ApiError } from "@/lib/errors";

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/**
 * Reads a JSON body, refusing with 413 as soon as it passes `maxBytes`:
 * from the Content-Length header when sent, else while the stream arrives.
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (declared > maxBytes) throw tooLarge(maxBytes);

  const text = await readLimited(request, maxBytes);
  if (text.trim() === "")
    throw new ApiError("malformed", "The request body is empty: send JSON.");

  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ApiError(
      "malformed",
      "The request body is not valid JSON (NaN and Infinity are not JSON: send null).",
    );
  }

  // PostgreSQL text cannot hold NUL, nor its JSON a lone UTF-16 surrogate
  // (JSON.parse takes "\ud800"): refuse both here rather than fail mid-write.
  // Only escapes can carry them: decoded UTF-8 has neither.
  if (NUL_OR_SURROGATE_ESCAPE.test(text)) {
    const problem = badText(body);
    if (problem) {
      throw new ApiError("validation_failed", problem.message, {
        details: [{ path: "", message: problem.fix }],
      });
    }
  }
  return body;
}

async function readLimited(request: Request, maxBytes: number): Promise<string> {
  if (!request.body) return "";

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;

  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;

    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }

  return new TextDecoder("utf-8", { fatal: false }).decode(Buffer.concat(chunks));
}

function tooLarge(maxBytes: number) {
  const mib = (maxBytes / 1024 / 1024).toFixed(1);
  return new ApiError("payload_too_large", `The request body is larger than ${mib} MiB.`);
}

const NUL_OR_SURROGATE_ESCAPE = /\\u(0000|[dD][89a-fA-F])/;

const BAD_TEXT = {
  nul: {
    message: "Text may not contain NUL (\\u0000) characters.",
    fix: "remove NUL characters",
  },
  surrogate: {
    message: "Text may not contain a lone UTF-16 surrogate (such as \\ud800 unpaired).",
    fix: "send well-formed Unicode",
  },
};

/** The first NUL or lone surrogate in any key or string of `value`. */
function badText(value: unknown): (typeof BAD_TEXT)[keyof typeof BAD_TEXT] | null {
  if (typeof value === "string") {
    if (value.includes("\0")) return BAD_TEXT.nul;
    return value.isWellFormed() ? null : BAD_TEXT.surrogate;
  }
  if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      const problem = badText(key) ?? badText(item);
      if (problem) return problem;
    }
  }
  return null;
}
