import { handle } from "@/lib/api/handler";
import { datasetEndpoints } from "@/lib/contract/datasets";
import { diffVersions } from "@/lib/datasets/diff";

export const GET = handle(datasetEndpoints.diff, async ({ db, actor, params, query }) =>
  diffVersions(db, actor, params.datasetId, query),
);
