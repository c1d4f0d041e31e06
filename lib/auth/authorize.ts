import { ApiError } from "@/lib/errors";

import { type Actor, canSeeRegion } from "./actor";
import type { Scope } from "./scopes";

export interface Requirement {
  /** Any one of these scopes suffices; `admin` satisfies every requirement. */
  scope?: Scope | readonly Scope[];
  /** The region whose data the request touches, if any. */
  region?: string | readonly string[];
}

/**
 * The one decision every request goes through, session or token alike:
 * no actor is 401, a missing scope or a region outside the actor's is 403.
 */
export function authorize(actor: Actor | null, requirement: Requirement): Actor {
  if (!actor) {
    throw new ApiError("unauthenticated", "Sign in or send a valid bearer token.");
  }

  const wanted =
    typeof requirement.scope === "string" ? [requirement.scope] : requirement.scope;
  const allowed =
    !wanted ||
    actor.scopes.has("admin") ||
    wanted.some((scope) => actor.scopes.has(scope));
  if (!allowed) {
    throw new ApiError("forbidden", `This needs the ${wanted!.join(" or ")} scope.`);
  }

  const regions =
    requirement.region === undefined
      ? []
      : typeof requirement.region === "string"
        ? [requirement.region]
        : requirement.region;
  const outside = regions.find((region) => !canSeeRegion(actor, region));
  if (outside !== undefined) {
    throw new ApiError("forbidden", `You have no access to region "${outside}".`);
  }

  return actor;
}
