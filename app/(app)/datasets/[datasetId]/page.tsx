import type { Metadata } from "next";

import { CompareForm } from "@/components/datasets/compare-form";
import { CutButton } from "@/components/datasets/cut-button";
import { describeFilter } from "@/components/datasets/filter-summary";
import { Refusal } from "@/components/datasets/refusal";
import { VersionTable } from "@/components/datasets/version-table";
import { Card } from "@/components/ui/card";
import { NoAccess } from "@/components/ui/no-access";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { getDataset } from "@/lib/datasets/list";
import { pageLoad } from "@/lib/datasets/page-load";
import { ApiError } from "@/lib/errors";
import { modelsByKey } from "@/lib/models";
import { getDb } from "@/lib/server/database";
import { hasScope, pageActor } from "@/lib/server/page-actor";

type Props = { params: Promise<{ datasetId: string }> };

export const metadata: Metadata = { title: "Dataset" };

const number = new Intl.NumberFormat("en-GB");

export default async function DatasetPage({ params }: Props) {
  const actor = await pageActor();
  if (!hasScope(actor, "datasets:read")) return <NoAccess scope="datasets:read" />;

  const { datasetId } = await params;
  const db = await getDb();
  const found = await pageLoad(() => getDataset(db, actor, datasetId));
  if (found instanceof ApiError) return <Refusal error={found} />;
  const { dataset, versions } = found;
  const model = (await modelsByKey(db, [dataset.model])).get(dataset.model);

  return (
    <>
      <BackLink href="/datasets">Datasets</BackLink>
      <PageHeader
        title={dataset.name}
        description={
          <>
            <span className="font-mono">{dataset.model}</span> ·{" "}
            {describeFilter(dataset.filter)}
            {dataset.baseRows > 0
              ? ` · ${number.format(dataset.baseRows)} base rows`
              : ""}
          </>
        }
        actions={
          hasScope(actor, "datasets:write") ? (
            <CutButton datasetId={dataset.id} baseRows={dataset.baseRows} />
          ) : null
        }
      />
      <Card
        title="Versions"
        description="Each version is frozen at its cut: later labels never change it."
      >
        {versions.length > 0 ? (
          <VersionTable
            datasetId={dataset.id}
            versions={versions}
            labels={model?.labels ?? []}
          />
        ) : (
          <p className="text-sm text-slate-500">No version yet: cut the first one.</p>
        )}
      </Card>
      <Card title="Compare versions" className="mt-6">
        <CompareForm datasetId={dataset.id} versions={versions.map((v) => v.version)} />
      </Card>
    </>
  );
}
