import type { Metadata } from "next";
import Link from "next/link";

import { LabelingWorkspace } from "@/components/review/labeling-workspace";
import { NoAccess } from "@/components/ui/no-access";
import { modelOr404 } from "@/lib/server/model-or-404";
import { hasScope, pageActor } from "@/lib/server/page-actor";

type Props = { params: Promise<{ modelKey: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Review ${(await params).modelKey}` };
}

export default async function ModelQueuePage({ params }: Props) {
  const actor = await pageActor();
  if (!hasScope(actor, "review")) return <NoAccess scope="review" />;

  const { modelKey } = await params;
  const found = await modelOr404(modelKey);
  const { model } = found;

  return (
    <>
      <div className="mb-4 flex flex-wrap items-baseline gap-x-4 gap-y-1">
        <Link href="/queue" className="text-tide-700 text-sm hover:underline">
          ← Queues
        </Link>
        <h1 className="text-xl font-semibold tracking-tight text-slate-900">
          {model.name}
        </h1>
        <span className="font-mono text-xs text-slate-500">{model.key}</span>
      </div>
      {/* Keyed by model: a new queue starts with fresh claims, not the last one's. */}
      <LabelingWorkspace key={model.key} modelKey={model.key} modelName={model.name} />
    </>
  );
}
