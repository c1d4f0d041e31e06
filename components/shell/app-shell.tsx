import type { ReactNode } from "react";

import type { Actor } from "@/lib/auth/actor";
import { ROLE_LABELS } from "@/lib/auth/scopes";

import { Logo } from "./logo";
import { NAV_ITEMS } from "./nav-items";
import { NavLinks } from "./nav-links";
import { SignOutButton } from "./sign-out-button";

export function AppShell({ actor, children }: { actor: Actor; children: ReactNode }) {
  const items = NAV_ITEMS.filter(
    (item) =>
      item.scope === null || actor.scopes.has("admin") || actor.scopes.has(item.scope),
  );

  return (
    <div className="flex min-h-screen">
      <aside className="bg-tide-900 flex w-56 shrink-0 flex-col px-3 py-5">
        <Logo className="px-3 text-lg text-white" />
        <div className="mt-8 flex-1">
          <NavLinks items={items} />
        </div>
        <div className="border-tide-800 border-t px-3 pt-4">
          <p className="truncate text-sm font-medium text-white" title={actor.name}>
            {actor.name}
          </p>
          <p className="text-tide-200 mb-3 text-xs">
            {actor.role ? ROLE_LABELS[actor.role] : ""}
          </p>
          <SignOutButton />
        </div>
      </aside>
      <main className="min-w-0 flex-1 px-8 py-8">
        <div className="mx-auto max-w-6xl">{children}</div>
      </main>
    </div>
  );
}
