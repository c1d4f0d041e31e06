import type { Metadata } from "next";

import { EmptyState } from "@/components/ui/empty-state";
import { NoAccess } from "@/components/ui/no-access";
import { PageHeader } from "@/components/ui/page-header";
import { hasScope, pageActor } from "@/lib/server/page-actor";

export const metadata: Metadata = { title: "Datasets" };

export default async function DatasetsPage() {
  const actor = await pageActor();
  if (!hasScope(actor, "datasets:read")) return <NoAccess scope="datasets:read" />;

  return (
    <>
      <PageHeader
        title="Feedback datasets"
        description="Reviewed labels and ground-truth outcomes, frozen into versions you can export."
      />
      <EmptyState title="No datasets yet">
        A dataset gathers the labeled items of one model, filtered by version, region,
        client or time. Once reviewers have labeled items, define one here and cut a first
        version to export as JSONL, CSV or Parquet.
      </EmptyState>
    </>
  );
}
