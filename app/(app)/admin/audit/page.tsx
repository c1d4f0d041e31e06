import type { Metadata } from "next";

import { AuditLog } from "@/components/admin/audit-log";

export const metadata: Metadata = { title: "Audit trail" };

export default function AdminAuditPage() {
  return <AuditLog />;
}
