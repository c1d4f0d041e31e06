import { handle } from "@/lib/api/handler";
import { datasetEndpoints } from "@/lib/contract/datasets";
import { versionRowsPage } from "@/lib/datasets/browse";

export const GET = handle(datasetEndpoints.rows, async ({ db, actor, params, query }) =>
  versionRowsPage(db, actor, params.datasetId, params.version, query),
);
