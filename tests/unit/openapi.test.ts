import { describe, expect, it } from "vitest";
import { z } from "zod";

import { detailsOf } from "@/lib/api/error-response";
import { openApiDocument } from "@/lib/api/openapi";
import { ENDPOINTS } from "@/lib/contract";
import { createTokenBody } from "@/lib/contract/tokens";

describe("the OpenAPI document", () => {
  const document = openApiDocument(ENDPOINTS);

  it("describes every endpoint with its method, security and answer", () => {
    for (const endpoint of ENDPOINTS) {
      const operation = (
        document.paths[endpoint.path] as Record<string, Record<string, unknown>>
      )[endpoint.method.toLowerCase()];
      expect(operation, `${endpoint.method} ${endpoint.path}`).toBeDefined();
      expect(operation!.responses).toHaveProperty(String(endpoint.status ?? 200));
    }
  });

  it("takes request bodies from the validating schemas", () => {
    const post = (
      document.paths["/api/v1/tokens"] as Record<string, { requestBody: unknown }>
    ).post;
    expect(post!.requestBody).toMatchObject({
      content: {
        "application/json": {
          schema: {
            properties: {
              scopes: { items: { enum: expect.arrayContaining(["ingest"]) } },
            },
          },
        },
      },
    });
  });

  it("lists path parameters as required", () => {
    const put = (
      document.paths["/api/v1/regions/{regionKey}"] as Record<
        string,
        { parameters: unknown[] }
      >
    ).put;
    expect(put!.parameters).toContainEqual(
      expect.objectContaining({ name: "regionKey", in: "path", required: true }),
    );
  });
});

describe("validation details", () => {
  it("name the dotted path and the batch index", () => {
    const batch = z.object({ items: z.array(z.object({ n: z.number() })) });
    const result = batch.safeParse({ items: [{ n: 1 }, { n: "two" }] });

    expect(detailsOf(result.error!)).toEqual([
      { index: 1, path: "items.1.n", message: expect.stringContaining("number") },
    ]);
  });

  it("reject unknown fields in strict bodies", () => {
    const result = createTokenBody.safeParse({
      name: "x",
      scopes: ["review"],
      admin: true,
    });
    expect(result.success).toBe(false);
  });
});
