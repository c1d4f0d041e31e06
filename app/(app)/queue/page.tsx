import type { Metadata } from "next";

import { EmptyState } from "@/components/ui/empty-state";
import { NoAccess } from "@/components/ui/no-access";
import { PageHeader } from "@/components/ui/page-header";
import { hasScope, pageActor } from "@/lib/server/page-actor";

export const metadata: Metadata = { title: "Queue" };

export default async function QueuePage() {
  const actor = await pageActor();
  if (!hasScope(actor, "review")) return <NoAccess scope="review" />;

  return (
    <>
      <PageHeader
        title="Review queue"
        description="The predictions your models were least sure of, hardest and most useful first."
      />
      <EmptyState title="Nothing to review yet">
        Items arrive here when a model service pushes predictions that its model&apos;s
        flagging policy marks as uncertain, plus a small random audit sample of confident
        ones. An admin registers models and hands services their tokens; the{" "}
        <a className="text-tide-700 underline" href="/models">
          Models
        </a>{" "}
        page shows how.
      </EmptyState>
    </>
  );
}
