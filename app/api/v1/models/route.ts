import { handle } from "@/lib/api/handler";
import { modelEndpoints } from "@/lib/contract/models";
import { listModels } from "@/lib/models";

export const GET = handle(modelEndpoints.list, async ({ db }) => ({
  models: await listModels(db),
}));
