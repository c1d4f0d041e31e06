import type { Metadata } from "next";

import { DatasetTable } from "@/components/datasets/dataset-table";
import { NewDatasetForm } from "@/components/datasets/new-dataset-form";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { NoAccess } from "@/components/ui/no-access";
import { PageHeader } from "@/components/ui/page-header";
import { listDatasets } from "@/lib/datasets/list";
import { listModels } from "@/lib/models";
import { getDb } from "@/lib/server/database";
import { hasScope, pageActor } from "@/lib/server/page-actor";

export const metadata: Metadata = { title: "Datasets" };

export default async function DatasetsPage() {
  const actor = await pageActor();
  if (!hasScope(actor, "datasets:read")) return <NoAccess scope="datasets:read" />;

  const db = await getDb();
  const datasets = await listDatasets(db, actor);
  const models = (await listModels(db)).map((m) => ({ key: m.key, name: m.name }));
  const regionHint =
    actor.regions === "all"
      ? "Comma-separated; empty for every region."
      : `Empty for all of yours: ${actor.regions.join(", ") || "none"}.`;

  return (
    <>
      <PageHeader
        title="Feedback datasets"
        description="Reviewed labels and ground-truth outcomes, frozen into versions you can export."
      />
      {datasets.length > 0 ? (
        <DatasetTable datasets={datasets} />
      ) : (
        <EmptyState title="No datasets yet">
          A dataset gathers the labeled items of one model, filtered by version, region,
          client or time. Define one below and cut a first version to export as JSONL, CSV
          or Parquet.
        </EmptyState>
      )}
      {hasScope(actor, "datasets:write") ? (
        <Card title="New dataset" className="mt-6">
          <NewDatasetForm models={models} regionHint={regionHint} />
        </Card>
      ) : null}
    </>
  );
}
