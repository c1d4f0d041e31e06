import { notFound } from "next/navigation";

import { EmptyState } from "@/components/ui/empty-state";
import type { ApiError } from "@/lib/errors";

/**
 * What a dataset page shows instead: 404 for an unknown dataset, a note for
 * one in regions the viewer does not see.
 */
export function Refusal({ error }: { error: ApiError }) {
  if (error.code === "not_found") notFound();
  return (
    <EmptyState title="You have no access to this dataset">{error.message}</EmptyState>
  );
}
