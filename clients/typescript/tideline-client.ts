/**
 * A typed client for Tideline's ingestion API, for model services written in
 * TypeScript. Its types are read from the zod schemas the server validates
 * with (type-only imports: nothing of the server is loaded at run time), so
 * the client and the server cannot drift apart.
 *
 *   const tideline = new TidelineClient({ baseUrl, token });
 *   await tideline.pushPredictions(predictions);
 */
import type { z } from "zod";

import type { errorBody } from "../../lib/contract/common";
import type {
  ingestEndpoints,
  MAX_OUTCOMES,
  MAX_PREDICTIONS,
  MAX_REFERENCE_ROWS,
  outcomesBody,
  predictionInput,
  referenceBody,
} from "../../lib/contract/ingest";
import type { modelBody, modelEndpoints } from "../../lib/contract/models";
import type { regionBody, regionEndpoints } from "../../lib/contract/regions";
import type { health } from "../../lib/contract/system";

export type PredictionInput = z.input<typeof predictionInput>;
export type OutcomeInput = z.input<typeof outcomesBody>["outcomes"][number];
export type ReferenceRow = z.input<typeof referenceBody>["rows"][number];
export type ModelInput = z.input<typeof modelBody>;
export type RegionInput = z.input<typeof regionBody>;

export type PredictionsResult = z.output<typeof ingestEndpoints.predictions.response>;
export type OutcomesResult = z.output<typeof ingestEndpoints.outcomes.response>;
export type ReferenceResult = z.output<typeof ingestEndpoints.reference.response>;
export type ModelResult = z.output<typeof modelEndpoints.put.response>;
export type VersionNotesResult = z.output<typeof modelEndpoints.versionNotes.response>;
export type RegionResult = z.output<typeof regionEndpoints.put.response>;
export type Health = z.output<typeof health>;
export type ErrorDetail = z.output<typeof errorBody>["error"]["details"][number];

// The server's per-request limits; typed by its constants, so a change there
// fails to compile here.
const PREDICTION_CHUNK: typeof MAX_PREDICTIONS = 5_000;
const OUTCOME_CHUNK: typeof MAX_OUTCOMES = 5_000;
const REFERENCE_CHUNK: typeof MAX_REFERENCE_ROWS = 50_000;

const RETRIED_STATUSES = new Set([500, 502, 503, 504]);
const MAX_BACKOFF_MS = 30_000;

export interface TidelineClientOptions {
  baseUrl: string;
  token: string;
  /** Retries after the first attempt; 0 turns retrying off. */
  maxRetries?: number;
  /** The first backoff; each retry doubles it, with jitter. */
  retryDelayMs?: number;
  fetch?: typeof globalThis.fetch;
}

/** An error answer of the API, or a request that never got one (status 0). */
export class TidelineApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: ErrorDetail[];
  readonly requestId: string | undefined;

  constructor(
    status: number,
    code: string,
    message: string,
    extra: { details?: ErrorDetail[]; requestId?: string; cause?: unknown } = {},
  ) {
    super(message, { cause: extra.cause });
    this.name = "TidelineApiError";
    this.status = status;
    this.code = code;
    this.details = extra.details ?? [];
    this.requestId = extra.requestId;
  }

  static async fromResponse(response: Response): Promise<TidelineApiError> {
    const text = await response.text().catch(() => "");
    const error = parseErrorBody(text);
    if (!error) {
      const message = `HTTP ${response.status} ${response.statusText}`.trim();
      return new TidelineApiError(response.status, `http_${response.status}`, message);
    }
    return new TidelineApiError(response.status, error.code, error.message, {
      details: error.details,
      requestId: error.requestId,
    });
  }
}

type ErrorFields = z.output<typeof errorBody>["error"];

/** The API's error fields, or null when the body is not the API's (a proxy's page). */
function parseErrorBody(text: string): ErrorFields | null {
  try {
    const body = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
    const error = body.error;
    const wellFormed =
      typeof error?.code === "string" && typeof error.message === "string";
    return wellFormed ? (error as ErrorFields) : null;
  } catch {
    return null;
  }
}

export class TidelineClient {
  readonly #baseUrl: string;
  readonly #token: string;
  readonly #maxRetries: number;
  readonly #retryDelayMs: number;
  readonly #fetch: typeof globalThis.fetch;

  constructor(options: TidelineClientOptions) {
    this.#baseUrl = options.baseUrl.replace(/\/+$/, "");
    this.#token = options.token;
    this.#maxRetries = options.maxRetries ?? 5;
    this.#retryDelayMs = options.retryDelayMs ?? 250;
    this.#fetch = options.fetch ?? globalThis.fetch;
  }

  health(): Promise<Health> {
    return this.#send("GET", "/api/health");
  }

  putModel(key: string, body: ModelInput): Promise<ModelResult> {
    return this.#send("PUT", `/api/v1/models/${encodeURIComponent(key)}`, body);
  }

  /** Sets the changelog notes of a model version (one that has predictions). */
  setVersionNotes(
    key: string,
    version: string,
    notes: string,
  ): Promise<VersionNotesResult> {
    const model = `/api/v1/models/${encodeURIComponent(key)}`;
    return this.#send("PATCH", `${model}/versions/${encodeURIComponent(version)}`, {
      notes,
    });
  }

  putRegion(key: string, body: RegionInput): Promise<RegionResult> {
    return this.#send("PUT", `/api/v1/regions/${encodeURIComponent(key)}`, body);
  }

  /** Pushes predictions in requests of up to 5,000 and sums the answers. */
  async pushPredictions(
    predictions: readonly PredictionInput[],
  ): Promise<PredictionsResult> {
    const total = { accepted: 0, duplicates: 0, flagged: 0, audited: 0 };
    for (const chunk of chunksOf(predictions, PREDICTION_CHUNK)) {
      const result = await this.#send<PredictionsResult>("POST", "/api/v1/predictions", {
        predictions: chunk,
      });
      total.accepted += result.accepted;
      total.duplicates += result.duplicates;
      total.flagged += result.flagged;
      total.audited += result.audited;
    }
    return total;
  }

  /** Pushes ground-truth outcomes in requests of up to 5,000 and sums the answers. */
  async pushOutcomes(outcomes: readonly OutcomeInput[]): Promise<OutcomesResult> {
    const total = { accepted: 0, unknown: 0 };
    for (const chunk of chunksOf(outcomes, OUTCOME_CHUNK)) {
      const result = await this.#send<OutcomesResult>("POST", "/api/v1/outcomes", {
        outcomes: chunk,
      });
      total.accepted += result.accepted;
      total.unknown += result.unknown;
    }
    return total;
  }

  /**
   * Uploads a model's training reference in requests of up to 50,000 rows.
   * With `replace`, the first request replaces what was there and the rest
   * append; the answer is the reference's size after the last request.
   */
  async uploadReference(
    modelKey: string,
    rows: readonly ReferenceRow[],
    { replace = false }: { replace?: boolean } = {},
  ): Promise<ReferenceResult> {
    const path = `/api/v1/models/${encodeURIComponent(modelKey)}/reference`;
    const chunks = rows.length === 0 ? [[]] : chunksOf(rows, REFERENCE_CHUNK);

    let result: ReferenceResult = { rows: 0 };
    for (const [index, chunk] of chunks.entries()) {
      // A replace may be sent twice safely; an append whose answer was lost
      // would be stored twice, so it is not idempotent.
      const replaceNow = replace && index === 0;
      const body = { rows: chunk, replace: replaceNow };
      result = await this.#send("POST", path, body, replaceNow);
    }
    return result;
  }

  /**
   * One request, retried on network errors, 429 (after its Retry-After) and
   * 500/502/503/504 (after an exponential backoff with jitter). Ingestion is
   * idempotent, so a retried batch is counted as duplicates, not stored twice;
   * a request that is not idempotent is retried only on 429, which the server
   * answers before it reads the body.
   */
  async #send<T>(
    method: string,
    path: string,
    body?: unknown,
    idempotent = true,
  ): Promise<T> {
    const fetch = this.#fetch;
    const init: RequestInit = {
      method,
      headers: {
        accept: "application/json",
        authorization: `Bearer ${this.#token}`,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    };

    for (let attempt = 0; ; attempt += 1) {
      const mayRetry = attempt < this.#maxRetries;

      let response: Response;
      try {
        response = await fetch(this.#baseUrl + path, init);
      } catch (error) {
        if (!mayRetry || !idempotent) throw networkError(method, path, error);
        await sleep(this.#backoff(attempt));
        continue;
      }
      if (response.ok) return (await response.json()) as T;

      const wait = mayRetry ? this.#retryWait(response, attempt, idempotent) : null;
      if (wait === null) throw await TidelineApiError.fromResponse(response);

      await response.body?.cancel();
      await sleep(wait);
    }
  }

  #retryWait(response: Response, attempt: number, idempotent: boolean): number | null {
    if (response.status === 429) {
      return retryAfterMs(response.headers.get("retry-after")) ?? this.#backoff(attempt);
    }
    const retried = idempotent && RETRIED_STATUSES.has(response.status);
    return retried ? this.#backoff(attempt) : null;
  }

  /** Half the doubled delay, plus a random part up to the other half. */
  #backoff(attempt: number): number {
    const ceiling = Math.min(MAX_BACKOFF_MS, this.#retryDelayMs * 2 ** attempt);
    return ceiling / 2 + Math.random() * (ceiling / 2);
  }
}

function networkError(method: string, path: string, cause: unknown) {
  const reason = cause instanceof Error ? cause.message : String(cause);
  const message = `${method} ${path} failed: ${reason}`;
  return new TidelineApiError(0, "network_error", message, { cause });
}

/** Retry-After in seconds or as an HTTP date, in milliseconds from now. */
function retryAfterMs(header: string | null): number | null {
  if (!header) return null;

  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);

  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - Date.now());
}

function chunksOf<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) {
    chunks.push(items.slice(start, start + size));
  }
  return chunks;
}

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
