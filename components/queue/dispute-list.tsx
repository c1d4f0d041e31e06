"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorNote, Input } from "@/components/ui/form";
import { api } from "@/lib/client/api";

interface Dispute {
  id: string;
  status: string;
  finalLabel: string | null;
  finalSource: string | null;
  text: string | null;
  features: Record<string, unknown>;
  output: { label: string; probabilities: Record<string, number> };
  region: string;
  labels: { reviewer: string; kind: string; label: string | null; note: string | null }[];
}

function DisputeCard({
  dispute,
  choices,
  modelKey,
}: {
  dispute: Dispute;
  choices: string[];
  modelKey: string;
}) {
  const queryClient = useQueryClient();
  const [note, setNote] = useState("");
  const settle = useMutation({
    mutationFn: (label: string) =>
      api(`/api/v1/items/${dispute.id}/adjudication`, {
        method: "POST",
        body: { label, note: note || null },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["disputes", modelKey] }),
  });

  return (
    <article
      aria-label={`Item ${dispute.id}`}
      className="rounded-lg border border-slate-200 bg-white p-5 shadow-xs"
    >
      <div className="flex flex-wrap items-center gap-2">
        {dispute.status === "disputed" ? (
          <Badge tone="amber">needs a decision</Badge>
        ) : (
          <Badge tone="tide">settled by majority: {dispute.finalLabel}</Badge>
        )}
        <span className="text-xs text-slate-500">
          item {dispute.id} · {dispute.region} · model said{" "}
          <strong className="text-slate-700">{dispute.output.label}</strong>
        </span>
      </div>
      {dispute.text ? (
        <p dir="auto" className="mt-3 text-sm whitespace-pre-wrap text-slate-800">
          {dispute.text}
        </p>
      ) : null}
      <dl className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600">
        {Object.entries(dispute.features).map(([name, value]) => (
          <div key={name}>
            <dt className="inline font-mono">{name}</dt>:{" "}
            <dd className="inline">{String(value)}</dd>
          </div>
        ))}
      </dl>
      <ul className="mt-4 space-y-1 text-sm">
        {dispute.labels.map((label, i) => (
          <li key={i} className="flex gap-2">
            <span className="font-medium text-slate-900">{label.reviewer}</span>
            <span>
              {label.kind === "unsure" ? (
                <Badge tone="amber">unsure</Badge>
              ) : (
                <Badge>{label.label}</Badge>
              )}
            </span>
            {label.note ? <span className="text-slate-500">“{label.note}”</span> : null}
          </li>
        ))}
      </ul>
      <div className="mt-4 flex flex-wrap items-center gap-2 border-t border-slate-100 pt-4">
        <Input
          aria-label={`Reason for item ${dispute.id}`}
          placeholder="Reason (optional, kept in the audit trail)"
          value={note}
          onChange={(event) => setNote(event.target.value)}
          className="max-w-sm"
        />
        {choices.map((choice) => (
          <Button
            key={choice}
            variant="secondary"
            disabled={settle.isPending}
            onClick={() => settle.mutate(choice)}
          >
            Settle as {choice}
          </Button>
        ))}
      </div>
      <ErrorNote error={settle.error} />
    </article>
  );
}

export function DisputeList({
  modelKey,
  choices,
}: {
  modelKey: string;
  choices: string[];
}) {
  const disputes = useQuery({
    queryKey: ["disputes", modelKey],
    queryFn: () => api<{ items: Dispute[] }>(`/api/v1/models/${modelKey}/disputes`),
  });

  if (disputes.isPending)
    return <p className="text-sm text-slate-500">Loading disagreements…</p>;
  if (disputes.error) return <ErrorNote error={disputes.error} />;
  if (disputes.data.items.length === 0) {
    return (
      <EmptyState title="No disagreements to settle">
        When reviewers of a multi-label item disagree, or one marks an item as unsure, it
        shows here for a lead to decide.
      </EmptyState>
    );
  }

  return (
    <div className="space-y-4">
      {disputes.data.items.map((dispute) => (
        <DisputeCard
          key={dispute.id}
          dispute={dispute}
          choices={choices}
          modelKey={modelKey}
        />
      ))}
    </div>
  );
}
