import { jsonResponse } from "@/lib/api/json-response";
import { handle } from "@/lib/api/handler";
import { validationError } from "@/lib/api/error-response";
import { auditActorOf } from "@/lib/auth/actor";
import { cutBody, datasetEndpoints } from "@/lib/contract/datasets";
import { loadDataset } from "@/lib/datasets/access";
import { cutVersion } from "@/lib/datasets/cut";
import { measureInBackground } from "@/lib/datasets/manifest";
import { ApiError } from "@/lib/errors";

// The body is optional here, and the shared reader refuses an empty one:
// this route reads it itself.
const definition = { ...datasetEndpoints.cut, body: undefined };

const MAX_BODY_BYTES = 16 * 1024;

async function optionalBody(request: Request) {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) {
    throw new ApiError("payload_too_large", "The request body is larger than 16 KiB.");
  }
  const text = await request.text();
  if (text.trim() === "") return undefined;

  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ApiError("malformed", "The request body is not valid JSON.");
  }
  const parsed = cutBody.safeParse(json);
  if (!parsed.success) throw validationError(parsed.error, "request body");
  return parsed.data;
}

export const POST = handle(definition, async ({ db, actor, params, request }) => {
  const body = await optionalBody(request);
  await loadDataset(db, actor, params.datasetId, "datasets:write");

  // A page's button says so; anything else through the API is "api".
  const trigger =
    request.headers.get("x-tideline-trigger") === "manual" ? "manual" : "api";
  const cut = await cutVersion(db, auditActorOf(actor), params.datasetId, {
    trigger,
    base: body?.base,
  });
  measureInBackground(db, params.datasetId, cut.version);
  return jsonResponse(cut, { status: 201 });
});
