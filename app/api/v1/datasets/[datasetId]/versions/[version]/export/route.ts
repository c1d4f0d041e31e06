import { handle } from "@/lib/api/handler";
import { datasetEndpoints } from "@/lib/contract/datasets";
import { loadVersion } from "@/lib/datasets/access";
import { exportFileName, exportHeaders } from "@/lib/datasets/download";
import { exportStream } from "@/lib/datasets/export";

export const GET = handle(
  datasetEndpoints.export,
  async ({ db, actor, params, query }) => {
    const found = await loadVersion(db, actor, params.datasetId, params.version);
    const name = exportFileName(found.dataset.name, params.version, query.format);

    return new Response(exportStream(db, found.version, query.format), {
      headers: await exportHeaders(db, found.version, query.format, name),
    });
  },
);
