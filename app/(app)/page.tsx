import { redirect } from "next/navigation";

import { NAV_ITEMS } from "@/components/shell/nav-items";
import { hasScope, pageActor } from "@/lib/server/page-actor";

/** Home is the first section this person may use. */
export default async function Home() {
  const actor = await pageActor();
  const first = NAV_ITEMS.find(
    (item) => item.scope === null || hasScope(actor, item.scope),
  );
  redirect(first?.href ?? "/tokens");
}
