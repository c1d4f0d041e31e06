import type { ReactNode } from "react";

import { AppShell } from "@/components/shell/app-shell";
import { pageActor } from "@/lib/server/page-actor";

export const dynamic = "force-dynamic";

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const actor = await pageActor();
  return <AppShell actor={actor}>{children}</AppShell>;
}
