import type { Metadata } from "next";

import { ModelTable } from "@/components/models/model-table";
import { FirstPredictionSteps } from "@/components/onboarding/first-prediction";
import { EmptyState } from "@/components/ui/empty-state";
import { NoAccess } from "@/components/ui/no-access";
import { PageHeader } from "@/components/ui/page-header";
import { listModels } from "@/lib/models";
import { publicBaseUrl } from "@/lib/server/base-url";
import { getDb } from "@/lib/server/database";
import { hasScope, pageActor } from "@/lib/server/page-actor";

export const metadata: Metadata = { title: "Models" };

export default async function ModelsPage() {
  const actor = await pageActor();
  if (!hasScope(actor, "metrics:read")) return <NoAccess scope="metrics:read" />;
  const models = await listModels(await getDb());

  return (
    <>
      <PageHeader
        title="Models"
        description="Each model's versions, post-label accuracy and drift against its training reference."
      />
      {models.length > 0 ? (
        <ModelTable models={models} />
      ) : (
        <EmptyState title="No model has sent predictions yet">
          <p>
            A model service registers its model once, then pushes the predictions it
            makes.
          </p>
          <FirstPredictionSteps baseUrl={publicBaseUrl()} />
        </EmptyState>
      )}
    </>
  );
}
