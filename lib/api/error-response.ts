import { z } from "zod";

import { ApiError, type ErrorDetail } from "@/lib/errors";

import { jsonResponse } from "./json-response";

/** Zod issues as the API's details: the dotted path, and the batch index if any. */
export function detailsOf(error: z.ZodError): ErrorDetail[] {
  return error.issues.map((issue) => {
    const index = typeof issue.path[1] === "number" ? issue.path[1] : undefined;
    return {
      ...(index === undefined ? {} : { index }),
      path: issue.path.map(String).join("."),
      message: issue.message,
    };
  });
}

export function validationError(error: z.ZodError, what: string): ApiError {
  const details = detailsOf(error);
  const count = details.length === 1 ? "1 problem" : `${details.length} problems`;
  return new ApiError("validation_failed", `The ${what} has ${count}.`, { details });
}

export function errorResponse(error: ApiError, requestId: string): Response {
  const body = {
    error: {
      code: error.code,
      message: error.message,
      details: error.details,
      requestId,
    },
  };
  return jsonResponse(body, {
    status: error.status,
    headers: { ...error.headers, "x-request-id": requestId },
  });
}

/** Anything unexpected: a generic message, never a stack. */
export function internalError(): ApiError {
  return new ApiError(
    "internal",
    "Something went wrong on our side. Quote the request id.",
  );
}
