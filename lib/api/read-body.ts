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

  // PostgreSQL text cannot hold NUL, so refuse it here rather than fail mid-write.
  if (text.includes("\\u0000") && containsNul(body)) {
    throw new ApiError(
      "validation_failed",
      "Text may not contain NUL (\\u0000) characters.",
      {
        details: [{ path: "", message: "remove NUL characters" }],
      },
    );
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

function containsNul(value: unknown): boolean {
  if (typeof value === "string") return value.includes("\0");
  if (Array.isArray(value)) return value.some(containsNul);
  if (value && typeof value === "object") {
    return Object.entries(value).some(
      ([key, item]) => key.includes("\0") || containsNul(item),
    );
  }
  return false;
}
