/**
 * A JSON answer of the API. `no-store`: answers hold one caller's data and
 * no cache between may keep them. `no-transform` keeps Next from gzipping
 * them: it compresses every streamed response whatever its size, and most of
 * the API's answers are a few hundred bytes, which a gzip stream per request
 * makes slower, not smaller.
 */
export function jsonResponse(body: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  headers.set("cache-control", "no-store, no-transform");
  return Response.json(body, { ...init, headers });
}
