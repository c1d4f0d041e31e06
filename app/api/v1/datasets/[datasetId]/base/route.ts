import { handle } from "@/lib/api/handler";
import { auditActorOf } from "@/lib/auth/actor";
import { datasetEndpoints } from "@/lib/contract/datasets";
import { loadDataset } from "@/lib/datasets/access";
import { uploadBase } from "@/lib/datasets/base";

export const POST = handle(datasetEndpoints.base, async ({ db, actor, params, body }) => {
  const dataset = await loadDataset(db, actor, params.datasetId, "datasets:write");
  return uploadBase(db, auditActorOf(actor), dataset, body);
});
