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
