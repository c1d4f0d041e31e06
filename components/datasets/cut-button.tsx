"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { Button } from "@/components/ui/button";
import { ErrorNote, Select } from "@/components/ui/form";
import { ApiClientError } from "@/lib/client/api";

async function cut(datasetId: string, policy: string) {
  const response = await fetch(`/api/v1/datasets/${datasetId}/versions`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-tideline-trigger": "manual" },
    body: JSON.stringify(policy === "none" ? {} : { base: { policy } }),
  });
  const payload = await response.json().catch(() => null);
  if (!response.ok) {
    const error = payload?.error;
    throw new ApiClientError(
      response.status,
      error?.code,
      error?.message,
      error?.details,
    );
  }
  return payload as { version: number; rows: number; sha256: string };
}

/** Cuts a version by hand, optionally merged with the base rows. */
export function CutButton({
  datasetId,
  baseRows,
}: {
  datasetId: string;
  baseRows: number;
}) {
  const router = useRouter();
  const [policy, setPolicy] = useState("none");
  const mutation = useMutation({
    mutationFn: () => cut(datasetId, policy),
    onSuccess: () => router.refresh(),
  });

  return (
    <div className="flex flex-col items-end gap-2">
      <div className="flex items-center gap-2">
        {baseRows > 0 ? (
          <Select
            aria-label="Merge with base"
            value={policy}
            onChange={(event) => setPolicy(event.target.value)}
            className="w-auto"
          >
            <option value="none">Feedback only</option>
            <option value="feedback_wins">With base, feedback wins</option>
            <option value="keep_base">With base, base wins</option>
          </Select>
        ) : null}
        <Button onClick={() => mutation.mutate()} disabled={mutation.isPending}>
          {mutation.isPending ? "Cutting…" : "Cut version"}
        </Button>
      </div>
      {mutation.isSuccess ? (
        <p role="status" className="text-xs text-emerald-700">
          Version {mutation.data.version} cut: {mutation.data.rows} rows.
        </p>
      ) : null}
      <ErrorNote error={mutation.error} />
    </div>
  );
}
