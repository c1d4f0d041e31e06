import { dataset, type DatasetFilter } from "@/db/schema";
import type { Db } from "@/db/types";
import { appendAudit } from "@/lib/audit/append";
import { type Actor, auditActorOf } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import type { DatasetInput } from "@/lib/contract/datasets";
import { invalid } from "@/lib/errors";
import { modelsByKey } from "@/lib/models";

/**
 * The regions a new dataset covers: those asked for (every one must be the
 * actor's), else all of the actor's. Null means every region, and only an
 * actor who sees every region gets it.
 */
export function datasetRegions(actor: Actor, asked?: string[]): string[] | null {
  if (asked && asked.length > 0) {
    authorize(actor, { region: asked });
    return [...new Set(asked)].sort();
  }
  return actor.regions === "all" ? null : [...actor.regions].sort();
}

/** Defines a dataset; it holds no rows until a version is cut. */
export async function createDataset(db: Db, actor: Actor, input: DatasetInput) {
  const model = (await modelsByKey(db, [input.model])).get(input.model);
  if (!model) {
    throw invalid(`Unknown model "${input.model}".`, [
      { path: "model", message: "no such model" },
    ]);
  }

  const asked = input.filter ?? { labelSource: "both" as const };
  const filter: DatasetFilter = {
    ...asked,
    regions: datasetRegions(actor, asked.regions),
  };

  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(dataset)
      .values({
        name: input.name,
        modelKey: input.model,
        filter,
        createdById: actor.id,
        createdByName: actor.name,
      })
      .returning({ id: dataset.id });

    await appendAudit(tx, auditActorOf(actor), {
      action: "dataset.create",
      entityType: "dataset",
      entityId: row!.id,
      after: { name: input.name, model: input.model, filter },
    });
    return { id: row!.id };
  });
}
