import type { Metadata } from "next";

import { CreateTokenForm } from "@/components/tokens/create-token-form";
import { TokenTable } from "@/components/tokens/token-table";
import { Card } from "@/components/ui/card";
import { SCOPES } from "@/lib/auth/scopes";
import { listRegions } from "@/lib/regions";
import { getDb } from "@/lib/server/database";
import { pageActor } from "@/lib/server/page-actor";

export const metadata: Metadata = { title: "Tokens" };

const SERVICE_TOKENS =
  "Service tokens are for model services and pipelines: " +
  "they belong to no person and outlive staff changes.";

export default async function AdminTokensPage() {
  const actor = await pageActor();
  const regions = await listRegions(await getDb(), actor);

  return (
    <div className="space-y-6">
      <Card title="New token" description={SERVICE_TOKENS}>
        <CreateTokenForm
          grantable={SCOPES}
          regions={regions.map((r) => r.key)}
          allowService
        />
      </Card>
      <Card title="All tokens">
        <TokenTable all />
      </Card>
    </div>
  );
}
