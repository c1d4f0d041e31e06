import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { DiffTable } from "@/components/datasets/diff-table";
import { Pager } from "@/components/datasets/pager";
import { Refusal } from "@/components/datasets/refusal";
import { Card } from "@/components/ui/card";
import { NoAccess } from "@/components/ui/no-access";
import { PageHeader } from "@/components/ui/page-header";
import type { DiffKind } from "@/lib/contract/datasets";
import { diffVersions } from "@/lib/datasets/diff";
import { pageLoad } from "@/lib/datasets/page-load";
import { ApiError } from "@/lib/errors";
import { getDb } from "@/lib/server/database";
import { hasScope, pageActor } from "@/lib/server/page-actor";
import { BackLink } from "@/components/ui/back-link";

type Props = {
  params: Promise<{ datasetId: string }>;
  searchParams: Promise<{ from?: string; to?: string; kind?: string; cursor?: string }>;
};

export const metadata: Metadata = { title: "Compare versions" };

const KINDS: DiffKind[] = ["added", "removed", "relabeled"];
const number = new Intl.NumberFormat("en-GB");

export default async function DiffPage({ params, searchParams }: Props) {
  const actor = await pageActor();
  if (!hasScope(actor, "datasets:read")) return <NoAccess scope="datasets:read" />;

  const { datasetId } = await params;
  const query = await searchParams;
  const [from, to] = [Number(query.from), Number(query.to)];
  if (![from, to].every((v) => Number.isInteger(v) && v > 0)) notFound();
  const kind = KINDS.find((k) => k === query.kind) ?? "added";

  const db = await getDb();
  const diff = await pageLoad(() =>
    diffVersions(db, actor, datasetId, {
      from,
      to,
      kind,
      cursor: query.cursor,
      limit: 50,
    }),
  );
  if (diff instanceof ApiError) return <Refusal error={diff} />;
  const here = `/datasets/${datasetId}/diff?from=${from}&to=${to}&kind=${kind}`;

  return (
    <>
      <BackLink href={`/datasets/${datasetId}`}>Dataset</BackLink>
      <PageHeader title={`Version ${from} → version ${to}`} />
      <Card>
        <nav
          aria-label="Kinds of change"
          className="mb-3 flex gap-1 border-b border-slate-100"
        >
          {KINDS.map((k) => (
            <Link
              key={k}
              href={`/datasets/${datasetId}/diff?from=${from}&to=${to}&kind=${k}`}
              aria-current={k === kind ? "page" : undefined}
              className={`-mb-px border-b-2 px-3 py-2 text-sm font-medium capitalize ${
                k === kind
                  ? "border-tide-600 text-tide-700"
                  : "border-transparent text-slate-500 hover:text-slate-800"
              }`}
            >
              {k} <span className="tabular-nums">{number.format(diff.counts[k])}</span>
            </Link>
          ))}
        </nav>
        <DiffTable rows={diff.rows} />
        <Pager
          first={query.cursor ? here : null}
          next={diff.nextCursor ? `${here}&cursor=${diff.nextCursor}` : null}
        />
      </Card>
    </>
  );
}
