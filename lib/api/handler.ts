import "server-only";

import { randomUUID } from "node:crypto";

import type { NextRequest } from "next/server";
import type { z } from "zod";

import type { Db } from "@/db/types";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import type { Endpoint } from "@/lib/contract/endpoint";
import { ApiError } from "@/lib/errors";
import { log } from "@/lib/log";
import { DEFAULT_RATE_PER_SECOND, takeRequest } from "@/lib/rate-limit";
import { currentActor } from "@/lib/server/current-actor";
import { getDatabase } from "@/lib/server/database";

import { jsonResponse } from "./json-response";
import { errorResponse, internalError, validationError } from "./error-response";
import { DEFAULT_MAX_BODY_BYTES, readJsonBody } from "./read-body";

type Out<S> = z.output<NonNullable<S> & z.ZodType>;

export interface HandlerContext<E extends Endpoint> {
  db: Db;
  actor: E["scope"] extends "public" ? Actor | null : Actor;
  params: Out<E["params"]>;
  query: Out<E["query"]>;
  body: Out<E["body"]>;
  request: NextRequest;
  requestId: string;
}

type RouteContext = { params: Promise<Record<string, string | string[]>> };

/**
 * Turns an endpoint definition and its implementation into a route handler:
 * authenticates, authorizes, validates, calls the domain, maps every error to
 * the API's shape, and logs one line.
 */
export function handle<E extends Endpoint>(
  definition: E,
  implementation: (
    context: HandlerContext<E>,
  ) => Promise<z.input<E["response"]> | Response>,
) {
  return async (request: NextRequest, route: RouteContext): Promise<Response> => {
    const requestId = randomUUID();
    const started = performance.now();
    let actor: Actor | null = null;
    let response: Response;

    try {
      const { db } = await getDatabase();
      actor = definition.scope === "public" ? null : await currentActor(db);
      if (definition.scope !== "public") requireActor(definition, actor, request);
      if (definition.rateLimited && actor) await limitRate(db, actor);

      const context = {
        db,
        actor,
        request,
        requestId,
        params: parseParams(definition, request.method, await route.params),
        query: parse(
          definition.query,
          Object.fromEntries(request.nextUrl.searchParams),
          "query",
        ),
        body: definition.body
          ? parse(definition.body, await readBody(definition, request), "request body")
          : undefined,
      } as HandlerContext<E>;

      const result = await implementation(context);
      response =
        result instanceof Response
          ? result
          : jsonResponse(result, { status: definition.status ?? 200 });
    } catch (error) {
      response = errorResponse(asApiError(error, requestId), requestId);
    }

    logRequest(request, definition, response.status, started, requestId, actor);
    return response;
  };
}

function requireActor(definition: Endpoint, actor: Actor | null, request: NextRequest) {
  if (definition.scope === "signed-in") {
    if (!actor)
      throw new ApiError("unauthenticated", "Sign in or send a valid bearer token.");
  } else if (definition.scope !== "public") {
    authorize(actor, { scope: definition.scope });
  }

  if (actor?.via === "session" && request.method !== "GET") assertSameOrigin(request);
}

/**
 * A cookie-authenticated change must come from our own pages: browsers send
 * Origin on such requests, and another site's differs.
 */
function assertSameOrigin(request: NextRequest) {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!origin || new URL(origin).host !== host) {
    throw new ApiError(
      "forbidden",
      "Cross-site requests with a session cookie are refused.",
    );
  }
}

function limitRate(db: Db, actor: Actor) {
  const key = actor.tokenId ? `token:${actor.tokenId}` : `${actor.kind}:${actor.id}`;
  return takeRequest(db, key, actor.ratePerSecond ?? DEFAULT_RATE_PER_SECOND);
}

function readBody(definition: Endpoint, request: NextRequest) {
  return readJsonBody(request, definition.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES);
}

function parse(schema: z.ZodType | undefined, value: unknown, what: string) {
  if (!schema) return undefined;

  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw validationError(result.error, what);
}

/**
 * A malformed key cannot name anything that exists: 404 when reading it, but
 * 422 naming the rule when a PUT or PATCH would create or change it.
 */
function parseParams(definition: Endpoint, method: string, value: unknown) {
  try {
    return parse(definition.params, value, "path");
  } catch (error) {
    if (method === "GET" || method === "DELETE") {
      throw new ApiError("not_found", "No such resource.");
    }
    throw error;
  }
}

function asApiError(error: unknown, requestId: string): ApiError {
  if (error instanceof ApiError) return error;
  if (isClientAbort(error)) {
    log.info({ requestId }, "client closed the request");
    return new ApiError("malformed", "The request was aborted before its body arrived.");
  }

  log.error({ err: error, requestId }, "unhandled error");
  return internalError();
}

/** The caller hung up while its body was being read: the client's doing, not ours. */
function isClientAbort(error: unknown): boolean {
  const { code, message, name } = (error ?? {}) as {
    code?: string;
    message?: string;
    name?: string;
  };
  return code === "ECONNRESET" || name === "AbortError" || message === "aborted";
}

function logRequest(
  request: NextRequest,
  definition: Endpoint,
  status: number,
  started: number,
  requestId: string,
  actor: Actor | null,
) {
  const line = {
    requestId,
    method: request.method,
    route: definition.path,
    status,
    ms: Math.round(performance.now() - started),
    actor: actor ? `${actor.kind}:${actor.id}` : null,
  };
  if (status >= 500) log.error(line, "request");
  else log.info(line, "request");
}
