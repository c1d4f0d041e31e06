import type { Metadata } from "next";

import { VersionChangelog } from "@/components/models/version-changelog";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { NoAccess } from "@/components/ui/no-access";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { modelOr404 } from "@/lib/server/model-or-404";
import { hasScope, pageActor } from "@/lib/server/page-actor";

type Props = { params: Promise<{ modelKey: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await params).modelKey };
}

const number = new Intl.NumberFormat("en-GB");

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white px-4 py-3 shadow-xs">
      <p className="text-xs font-medium tracking-wide text-slate-500 uppercase">
        {label}
      </p>
      <p className="mt-1 text-2xl font-semibold text-slate-900 tabular-nums">{value}</p>
    </div>
  );
}

export default async function ModelPage({ params }: Props) {
  const actor = await pageActor();
  if (!hasScope(actor, "metrics:read")) return <NoAccess scope="metrics:read" />;

  const { modelKey } = await params;
  const found = await modelOr404(modelKey);
  const { model, versions } = found;

  return (
    <>
      <BackLink href="/models">Models</BackLink>
      <PageHeader
        title={model.name}
        description={<span className="font-mono">{model.key}</span>}
      />
      <div className="mb-6 grid grid-cols-2 gap-4 md:grid-cols-4">
        <Stat label="Predictions" value={number.format(model.predictionCount)} />
        <Stat label="Waiting for review" value={number.format(model.openItems)} />
        <Stat label="Versions" value={number.format(versions.length)} />
        <Stat label="Reference rows" value={number.format(model.referenceRows)} />
      </div>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <Card title="Version changelog">
          <VersionChangelog
            modelKey={model.key}
            versions={versions}
            editable={hasScope(actor, "admin")}
          />
        </Card>
        <Card title="Definition">
          <dl className="space-y-4 text-sm">
            <div>
              <dt className="font-medium text-slate-500">Labels</dt>
              <dd className="mt-1 flex flex-wrap gap-1">
                {model.labels.map((label) => (
                  <Badge key={label}>{label}</Badge>
                ))}
              </dd>
            </div>
            <div>
              <dt className="font-medium text-slate-500">Features</dt>
              <dd className="mt-1">
                <ul className="space-y-0.5">
                  {model.features.map((feature) => (
                    <li key={feature.name} className="flex justify-between gap-2">
                      <span className="font-mono text-xs">{feature.name}</span>
                      <span className="text-xs text-slate-500">{feature.type}</span>
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
            <div>
              <dt className="font-medium text-slate-500">Flagging policy</dt>
              <dd className="mt-1 text-slate-700">
                Review when {model.flagging.strategy.replace("_", " ")} ≥{" "}
                {model.flagging.threshold}; audit{" "}
                {(model.flagging.auditRate * 100).toFixed(1)} % of the rest at random.
                {model.labelsPerItem > 1
                  ? ` ${model.labelsPerItem} labels per item.`
                  : null}
              </dd>
            </div>
          </dl>
        </Card>
      </div>
    </>
  );
}
