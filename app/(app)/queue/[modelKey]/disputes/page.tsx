import type { Metadata } from "next";

import { DisputeList } from "@/components/queue/dispute-list";
import { NoAccess } from "@/components/ui/no-access";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { modelOr404 } from "@/lib/server/model-or-404";
import { pageActor } from "@/lib/server/page-actor";

export const metadata: Metadata = { title: "Disagreements" };

type Props = { params: Promise<{ modelKey: string }> };

const DESCRIPTION =
  "Items whose reviewers disagreed or were unsure. " +
  "Your decision becomes the final label and is kept in the audit trail.";

export default async function DisputesPage({ params }: Props) {
  const actor = await pageActor();
  if (actor.role !== "lead_reviewer" && actor.role !== "admin") {
    return <NoAccess scope="lead reviewer" />;
  }

  const { modelKey } = await params;
  const found = await modelOr404(modelKey);

  return (
    <>
      <BackLink href="/queue">Queues</BackLink>
      <PageHeader
        title={`Disagreements · ${found.model.name}`}
        description={DESCRIPTION}
      />
      <DisputeList modelKey={modelKey} choices={found.model.labels} />
    </>
  );
}
