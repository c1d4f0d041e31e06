import type { ReactNode } from "react";

import { AdminTabs } from "@/components/admin/admin-tabs";
import { NoAccess } from "@/components/ui/no-access";
import { PageHeader } from "@/components/ui/page-header";
import { hasScope, pageActor } from "@/lib/server/page-actor";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const actor = await pageActor();
  if (!hasScope(actor, "admin")) return <NoAccess scope="admin" />;

  return (
    <>
      <PageHeader
        title="Administration"
        description="People, their roles and regions, service tokens, and the audit trail of every change."
      />
      <AdminTabs />
      {children}
    </>
  );
}
