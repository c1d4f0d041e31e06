import type { Role } from "@/db/schema";

import type { Scope } from "./scopes";

/** Every region, or the listed ones. */
export type RegionGrant = "all" | readonly string[];

/** Who is making a request, whether by session cookie or by bearer token. */
export interface Actor {
  kind: "user" | "service";
  id: string;
  name: string;
  role: Role | null;
  scopes: ReadonlySet<Scope>;
  regions: RegionGrant;
  via: "session" | "token";
  tokenId: string | null;
  /** The token's own request rate, if it has one. */
  ratePerSecond: number | null;
}

/** The actor recorded on audit entries. */
export interface AuditActor {
  kind: "user" | "service" | "system";
  id: string | null;
  name: string;
}

export const SYSTEM_ACTOR: AuditActor = { kind: "system", id: null, name: "tideline" };

export function auditActorOf(actor: Actor): AuditActor {
  return { kind: actor.kind, id: actor.id, name: actor.name };
}

export function canSeeRegion(actor: Actor, region: string): boolean {
  return actor.regions === "all" || actor.regions.includes(region);
}

export function intersectRegions(a: RegionGrant, b: RegionGrant): RegionGrant {
  if (a === "all") return b;
  if (b === "all") return a;
  return a.filter((region) => b.includes(region));
}
