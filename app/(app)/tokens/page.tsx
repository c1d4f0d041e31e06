import type { Metadata } from "next";

import { CreateTokenForm } from "@/components/tokens/create-token-form";
import { TokenTable } from "@/components/tokens/token-table";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { SCOPES } from "@/lib/auth/scopes";
import { listRegions } from "@/lib/regions";
import { getDb } from "@/lib/server/database";
import { pageActor } from "@/lib/server/page-actor";

export const metadata: Metadata = { title: "API tokens" };

const DESCRIPTION =
  "Personal tokens act as you, with at most your scopes and regions. " +
  "Send one as “Authorization: Bearer …”.";

export default async function TokensPage() {
  const actor = await pageActor();
  const regions = await listRegions(await getDb(), actor);
  const grantable = SCOPES.filter((scope) => actor.scopes.has(scope));

  return (
    <>
      <PageHeader title="API tokens" description={DESCRIPTION} />
      <div className="space-y-6">
        <Card title="New personal token">
          <CreateTokenForm
            grantable={grantable}
            regions={regions.map((region) => region.key)}
            allowService={false}
          />
        </Card>
        <Card title="Your tokens">
          <TokenTable all={false} />
        </Card>
      </div>
    </>
  );
}
