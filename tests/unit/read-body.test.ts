import { describe, expect, it } from "vitest";

import { readJsonBody } from "@/lib/api/read-body";

function post(body: BodyInit | null, headers: Record<string, string> = {}) {
  return new Request("http://localhost/api", {
    method: "POST",
    body,
    headers,
    duplex: "half",
  } as RequestInit);
}

describe("readJsonBody", () => {
  it("parses JSON, unicode included", async () => {
    expect(await readJsonBody(post('{"text":"مرحبا ‮ <script>"}'), 1024)).toEqual({
      text: "مرحبا ‮ <script>",
    });
  });

  it.each([
    ["empty", "", "malformed"],
    ["not JSON", "{nope", "malformed"],
    ["too large", "x".repeat(2048), "payload_too_large"],
  ])("refuses a body that is %s", async (_name, body, code) => {
    await expect(readJsonBody(post(body), 1024)).rejects.toMatchObject({ code });
  });

  it.each([
    ["a NUL in a value", '{"text":"a\\u0000b"}', "NUL"],
    ["a NUL in a key", '{"a\\u0000":1}', "NUL"],
    ["a lone high surrogate", '{"features":{"plan":"\\ud800"}}', "surrogate"],
    ["a lone low surrogate in a list", '{"path":["ok","\\uDC00x"]}', "surrogate"],
  ])("refuses %s with a validation error", async (_name, body, word) => {
    const attempt = readJsonBody(post(body), 1024);
    await expect(attempt).rejects.toMatchObject({ code: "validation_failed" });
    await expect(attempt).rejects.toThrow(word);
  });

  it("keeps a surrogate pair, escaped or not", async () => {
    expect(await readJsonBody(post('{"a":"\\ud83d\\ude00","b":"😀"}'), 1024)).toEqual({
      a: "😀",
      b: "😀",
    });
  });

  it("refuses by Content-Length before reading", async () => {
    const request = post("{}", { "content-length": "999999" });
    await expect(readJsonBody(request, 1024)).rejects.toMatchObject({
      code: "payload_too_large",
    });
  });

  it("stops a stream that passes the limit without a Content-Length", async () => {
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(512));
        if (pulled > 1000) controller.close();
      },
    });

    await expect(readJsonBody(post(stream), 4096)).rejects.toMatchObject({
      code: "payload_too_large",
    });
    expect(pulled).toBeLessThan(20);
  });
});
