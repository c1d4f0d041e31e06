import { z } from "zod";

import { errorBody } from "@/lib/contract/common";
import type { Endpoint } from "@/lib/contract/endpoint";
import { ERROR_STATUS } from "@/lib/errors";

type JsonSchema = Record<string, unknown> & { properties?: Record<string, unknown> };

function jsonSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, {
    io,
    unrepresentable: "any",
    reused: "inline",
  }) as JsonSchema;
  return rest;
}

function parameters(schema: z.ZodType | undefined, where: "path" | "query") {
  if (!schema) return [];

  const object = jsonSchema(schema, "input");
  const required = new Set((object.required as string[] | undefined) ?? []);
  return Object.entries(object.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === "path" || required.has(name),
    schema: property,
  }));
}

function operation(endpoint: Endpoint) {
  const secured = endpoint.scope !== "public";
  const scopes =
    typeof endpoint.scope === "string" ? [endpoint.scope] : [...endpoint.scope];

  return {
    summary: endpoint.summary,
    tags: [endpoint.tag],
    ...(secured ? { security: [{ bearer: [] }, { session: [] }] } : { security: [] }),
    ...(secured ? { "x-scopes": scopes } : {}),
    parameters: [
      ...parameters(endpoint.params, "path"),
      ...parameters(endpoint.query, "query"),
    ],
    ...(endpoint.body
      ? {
          requestBody: {
            required: true,
            content: {
              "application/json": { schema: jsonSchema(endpoint.body, "input") },
            },
          },
        }
      : {}),
    responses: {
      [String(endpoint.status ?? 200)]: {
        description: "Success",
        content: {
          "application/json": { schema: jsonSchema(endpoint.response, "output") },
        },
      },
      default: {
        description: `An error: ${Object.entries(ERROR_STATUS)
          .map(([code, status]) => `${status} ${code}`)
          .join(", ")}`,
        content: {
          "application/json": { schema: { $ref: "#/components/schemas/Error" } },
        },
      },
    },
  };
}

/** The OpenAPI 3.1 document, generated from the same zod schemas that validate. */
export function openApiDocument(endpoints: Endpoint[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const endpoint of endpoints) {
    paths[endpoint.path] ??= {};
    paths[endpoint.path]![endpoint.method.toLowerCase()] = operation(endpoint);
  }

  return {
    openapi: "3.1.0",
    info: {
      title: "Tideline API",
      version: "1",
      description:
        "Human-in-the-loop review and model monitoring. Errors share one shape.",
    },
    paths,
    components: {
      schemas: { Error: jsonSchema(errorBody, "output") },
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer" },
        session: { type: "apiKey", in: "cookie", name: "next-auth.session-token" },
      },
    },
  };
}
