import "server-only";

import { redirect } from "next/navigation";

import type { Actor } from "@/lib/auth/actor";
import type { Scope } from "@/lib/auth/scopes";
import { ApiError } from "@/lib/errors";

import { currentActor } from "./current-actor";
import { getDb } from "./database";

/** The signed-in actor of a page, or a redirect to the sign-in page. */
export async function pageActor(): Promise<Actor> {
  const db = await getDb();
  const actor = await currentActor(db).catch((error) => {
    if (error instanceof ApiError) return null;
    throw error;
  });

  if (!actor) redirect("/signin");
  return actor;
}

export function hasScope(actor: Actor, scope: Scope): boolean {
  return actor.scopes.has("admin") || actor.scopes.has(scope);
}
