import type { Metadata } from "next";

import { UserForm } from "@/components/admin/user-form";
import { UserTable } from "@/components/admin/user-table";
import { Card } from "@/components/ui/card";
import { listRegions } from "@/lib/regions";
import { getDb } from "@/lib/server/database";
import { pageActor } from "@/lib/server/page-actor";

export const metadata: Metadata = { title: "Users" };

export default async function AdminUsersPage() {
  const actor = await pageActor();
  const regions = (await listRegions(await getDb(), actor)).map((region) => region.key);

  return (
    <div className="space-y-6">
      <Card
        title="Add a person"
        description="Without a password, one is generated and shown to you once."
      >
        <UserForm regions={regions} />
      </Card>
      <Card title="People">
        <UserTable regions={regions} />
      </Card>
    </div>
  );
}
