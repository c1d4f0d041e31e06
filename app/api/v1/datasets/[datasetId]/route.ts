import { handle } from "@/lib/api/handler";
import { datasetEndpoints } from "@/lib/contract/datasets";
import { getDataset } from "@/lib/datasets/list";

export const GET = handle(datasetEndpoints.get, async ({ db, actor, params }) =>
  getDataset(db, actor, params.datasetId),
);
