import { type SQL, sql } from "drizzle-orm";

import type { Actor } from "@/lib/auth/actor";

/**
 * `and <column> in the actor's regions`, or nothing for an actor who sees
 * every region. Written as `= any(array(…))` so the planner keeps it a plain
 * filter and can still walk an index in order.
 */
export function inActorRegions(actor: Actor, column: SQL): SQL {
  if (actor.regions === "all") return sql``;

  const regions = JSON.stringify(actor.regions);
  return sql`and ${column} = any(array(select jsonb_array_elements_text(${regions}::jsonb)))`;
}
