import { handle } from "@/lib/api/handler";
import { datasetEndpoints } from "@/lib/contract/datasets";
import { versionManifest } from "@/lib/datasets/manifest";

export const GET = handle(datasetEndpoints.manifest, async ({ db, actor, params }) =>
  versionManifest(db, actor, params.datasetId, params.version),
);
