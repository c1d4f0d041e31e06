"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { Button } from "@/components/ui/button";
import { ErrorNote } from "@/components/ui/form";
import { api } from "@/lib/client/api";

/** The notes of one version in the changelog; admins edit them in place. */
export function VersionNotes({
  modelKey,
  version,
  notes,
  editable,
}: {
  modelKey: string;
  version: string;
  notes: string;
  editable: boolean;
}) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(notes);
  const save = useMutation({
    mutationFn: () =>
      api(`/api/v1/models/${modelKey}/versions/${encodeURIComponent(version)}`, {
        method: "PATCH",
        body: { notes: draft },
      }),
    onSuccess: () => {
      setEditing(false);
      router.refresh();
    },
  });

  if (!editing) {
    return (
      <div className="flex items-start justify-between gap-3">
        <p className="whitespace-pre-wrap text-slate-700">
          {notes || <span className="text-slate-400">No notes</span>}
        </p>
        {editable ? (
          <Button
            variant="ghost"
            size="sm"
            onClick={() => setEditing(true)}
            aria-label={`Edit notes of ${version}`}
          >
            Edit
          </Button>
        ) : null}
      </div>
    );
  }

  return (
    <div className="space-y-2">
      <textarea
        aria-label={`Notes of ${version}`}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        rows={3}
        maxLength={5000}
        className={
          "block w-full rounded-md px-3 py-2 text-sm ring-1 ring-slate-300 " +
          "focus:ring-tide-600 focus:ring-2 focus:outline-none"
        }
      />
      <div className="flex gap-2">
        <Button size="sm" onClick={() => save.mutate()} disabled={save.isPending}>
          Save notes
        </Button>
        <Button size="sm" variant="secondary" onClick={() => setEditing(false)}>
          Cancel
        </Button>
      </div>
      <ErrorNote error={save.error} />
    </div>
  );
}
