import pino from "pino";

/**
 * Structured JSON logs on stdout. One line per request (see lib/api/handler.ts),
 * plus start-up and job events. Secrets never reach a log line: the redact
 * list is a safety net, not the plan.
 */
export const log = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  base: { service: "tideline" },
  redact: ["*.password", "*.secret", "*.token", "*.authorization", "*.cookie"],
  timestamp: pino.stdTimeFunctions.isoTime,
});
