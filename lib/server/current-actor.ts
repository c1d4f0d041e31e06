import "server-only";

import { getServerSession } from "next-auth";
import { headers } from "next/headers";

import type { Db } from "@/db/types";
import type { Actor } from "@/lib/auth/actor";
import { sessionOptions } from "@/lib/auth/session-options";
import { ApiError } from "@/lib/errors";
import { actorFromSession, actorFromToken } from "@/lib/auth/resolve-actor";

/**
 * The actor of the current request. A bearer token, when sent, is the only
 * credential considered: a bad one is 401 even if a session cookie is present.
 */
export async function currentActor(db: Db): Promise<Actor | null> {
  const authorization = (await headers()).get("authorization");

  if (authorization !== null) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    const actor = match ? await actorFromToken(db, match[1]!) : null;
    if (!actor)
      throw new ApiError(
        "unauthenticated",
        "The bearer token is unknown, revoked or expired.",
      );
    return actor;
  }

  const session = await getServerSession(await sessionOptions(db));
  const userId = (session as { userId?: string } | null)?.userId;
  return userId ? actorFromSession(db, userId) : null;
}
