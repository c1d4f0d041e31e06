import type { z } from "zod";

import type { Scope } from "@/lib/auth/scopes";

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * One HTTP endpoint: the schemas that validate its input, the schema of its
 * answer, and who may call it. Route handlers, the OpenAPI document, the
 * TypeScript client and the tests all read these same definitions.
 */
export interface Endpoint<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
  R extends z.ZodType = z.ZodType,
> {
  method: Method;
  path: string;
  summary: string;
  tag: string;
  /** `public` for no authentication, `signed-in` for any actor. */
  scope: Scope | readonly Scope[] | "public" | "signed-in";
  params?: P;
  query?: Q;
  body?: B;
  response: R;
  status?: number;
  /** The largest body accepted, in bytes; larger is 413 before it is read whole. */
  maxBodyBytes?: number;
  /** Counted against the caller's request rate (429 with Retry-After past it). */
  rateLimited?: boolean;
}

export function endpoint<
  P extends z.ZodType,
  Q extends z.ZodType,
  B extends z.ZodType,
  R extends z.ZodType,
>(definition: Endpoint<P, Q, B, R>): Endpoint<P, Q, B, R> {
  return definition;
}
