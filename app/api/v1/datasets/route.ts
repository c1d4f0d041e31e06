import { handle } from "@/lib/api/handler";
import { datasetEndpoints } from "@/lib/contract/datasets";
import { createDataset } from "@/lib/datasets/define";
import { listDatasets } from "@/lib/datasets/list";

export const GET = handle(datasetEndpoints.list, async ({ db, actor }) => ({
  datasets: await listDatasets(db, actor),
}));

export const POST = handle(datasetEndpoints.create, async ({ db, actor, body }) =>
  createDataset(db, actor, body),
);
