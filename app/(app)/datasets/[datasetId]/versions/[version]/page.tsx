import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { DownloadLinks } from "@/components/datasets/download-links";
import { Pager } from "@/components/datasets/pager";
import { Refusal } from "@/components/datasets/refusal";
import { RowsTable } from "@/components/datasets/rows-table";
import { NoAccess } from "@/components/ui/no-access";
import { PageHeader } from "@/components/ui/page-header";
import { loadVersion } from "@/lib/datasets/access";
import { versionRowsPage } from "@/lib/datasets/browse";
import { pageLoad } from "@/lib/datasets/page-load";
import { ApiError } from "@/lib/errors";
import { getDb } from "@/lib/server/database";
import { hasScope, pageActor } from "@/lib/server/page-actor";
import { BackLink } from "@/components/ui/back-link";

type Props = {
  params: Promise<{ datasetId: string; version: string }>;
  searchParams: Promise<{ cursor?: string }>;
};

export const metadata: Metadata = { title: "Dataset version" };

const PAGE_ROWS = 50;
const number = new Intl.NumberFormat("en-GB");

export default async function VersionPage({ params, searchParams }: Props) {
  const actor = await pageActor();
  if (!hasScope(actor, "datasets:read")) return <NoAccess scope="datasets:read" />;

  const { datasetId, version: raw } = await params;
  const { cursor } = await searchParams;
  const version = Number(raw);
  if (!Number.isInteger(version) || version < 1) notFound();

  const db = await getDb();
  const found = await pageLoad(() => loadVersion(db, actor, datasetId, version));
  if (found instanceof ApiError) return <Refusal error={found} />;
  const page = await versionRowsPage(db, actor, datasetId, version, {
    cursor,
    limit: PAGE_ROWS,
  });
  const here = `/datasets/${datasetId}/versions/${version}`;

  return (
    <>
      <BackLink href={`/datasets/${datasetId}`}>{found.dataset.name}</BackLink>
      <PageHeader
        title={`Version ${version}`}
        description={
          <>
            {number.format(found.version.rows)} rows · content sha256{" "}
            <code
              data-testid="version-sha256"
              className="rounded bg-slate-100 px-1 text-xs break-all"
            >
              {found.version.sha256}
            </code>
          </>
        }
        actions={<DownloadLinks datasetId={datasetId} version={version} />}
      />
      {page.rows.length > 0 ? (
        <RowsTable rows={page.rows} />
      ) : (
        <p className="text-sm text-slate-500">This version holds no rows.</p>
      )}
      <Pager
        first={cursor ? here : null}
        next={page.nextCursor ? `${here}?cursor=${page.nextCursor}` : null}
      />
    </>
  );
}
