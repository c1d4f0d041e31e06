import type { Metadata } from "next";
import Link from "next/link";

import { QueueOverview } from "@/components/queue/queue-overview";
import { ReviewerThroughput } from "@/components/queue/reviewer-throughput";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { NoAccess } from "@/components/ui/no-access";
import { PageHeader } from "@/components/ui/page-header";
import { queueOverview, reviewerThroughput } from "@/lib/review/overview";
import { getDb } from "@/lib/server/database";
import { hasScope, pageActor } from "@/lib/server/page-actor";

export const metadata: Metadata = { title: "Queue" };

export default async function QueuePage() {
  const actor = await pageActor();
  if (!hasScope(actor, "review")) return <NoAccess scope="review" />;

  const db = await getDb();
  const isLead = actor.role === "lead_reviewer" || actor.role === "admin";
  const { queues, labelRates } = await queueOverview(db, actor);
  const reviewers = isLead ? await reviewerThroughput(db, actor) : [];

  return (
    <>
      <PageHeader
        title="Review queues"
        description="The predictions your models were least sure of, hardest and most useful first."
      />
      {queues.length === 0 ? (
        <EmptyState title="Nothing to review yet">
          Items arrive here when a model service pushes predictions that its model&apos;s
          flagging policy marks as uncertain, plus a small random audit sample of
          confident ones. An admin registers models and hands services their tokens; the{" "}
          <Link className="text-tide-700 underline" href="/models">
            Models
          </Link>{" "}
          page shows how.
        </EmptyState>
      ) : (
        <div className="space-y-6">
          <QueueOverview rows={queues} rates={labelRates} isLead={isLead} />
          {isLead ? (
            <Card title="Reviewers" description="Labels per reviewer over the last day.">
              <ReviewerThroughput reviewers={reviewers} />
            </Card>
          ) : null}
        </div>
      )}
    </>
  );
}
