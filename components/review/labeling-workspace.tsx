"use client";

import { useEffect, useRef, useState } from "react";

import { Card } from "@/components/ui/card";

import { ActionButton, DecisionPanel } from "./decision-panel";
import { ExplanationPanel } from "./explanation-panel";
import { ItemPanel } from "./item-panel";
import { ModelGuess } from "./model-guess";
import { type Notice, NoticeLine } from "./notice";
import { PanelHeading } from "./panel-heading";
import { ProgressLine } from "./progress-line";
import { NextItemLoading, QueueCleared, QueueError } from "./queue-states";
import { useClaims } from "./use-claims";
import { useProgress } from "./use-progress";
import { useReviewActions } from "./use-review-actions";
import { useReviewKeys } from "./use-review-keys";

/** The reviewer's choice and note, tied to the lease they were made under. */
interface Draft {
  leaseId: string;
  label: string | null;
  note: string;
}

/**
 * The labeling screen of one model's queue. The item and the one behind it
 * live in useClaims; a draft belongs to one lease, so a new item (or an undone
 * one, under its new lease) starts from a clean or a restored choice.
 */
export function LabelingWorkspace({
  modelKey,
  modelName,
}: {
  modelKey: string;
  modelName: string;
}) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const [draft, setDraft] = useState<Draft>({ leaseId: "", label: null, note: "" });
  const noteRef = useRef<HTMLInputElement>(null);
  const { progress, refresh } = useProgress(modelKey);
  const claims = useClaims(modelKey, (lost) =>
    setNotice({
      tone: "warning",
      text:
        `${lost.item.predictionId}: your hold on this item ran out, so it went back ` +
        "to the queue. Nothing was saved.",
    }),
  );
  const actions = useReviewActions({
    queue: claims.queue,
    notify: setNotice,
    onSettled: refresh,
    onUndone: (back, label) => setDraft({ leaseId: back.lease.id, label, note: "" }),
  });

  const current = claims.current;
  // Claims change what is left, so recount once the held items settle.
  useEffect(() => refresh(), [refresh, current?.item.id, claims.waiting]);
  const leaseId = current?.lease.id ?? "";
  const picked = draft.leaseId === leaseId ? draft.label : null;
  const note = draft.leaseId === leaseId ? draft.note : "";

  function pick(index: number) {
    const label = current?.item.labels[index];
    if (label) setDraft({ leaseId, label, note });
  }

  function submit() {
    if (!current) return;
    if (!picked) {
      const keys = Math.min(9, current.item.labels.length);
      setNotice({ tone: "info", text: `Pick a label first: press 1–${keys}.` });
      return;
    }
    noteRef.current?.blur();
    actions.label(picked, note.trim());
  }

  function unsure() {
    noteRef.current?.blur();
    actions.unsure(note.trim());
  }

  useReviewKeys({
    pick,
    submit,
    skip: actions.skip,
    unsure,
    undo: () => void actions.undo(),
    focusNote: () => noteRef.current?.focus(),
  });

  return (
    // data-waiting tells tests and the speed bench when the next item is in hand.
    <div className="space-y-3" data-waiting={claims.waiting}>
      <div className="flex min-h-9 items-center justify-between gap-6">
        <ProgressLine progress={progress} waiting={claims.waiting} />
        <NoticeLine notice={notice} onDismiss={() => setNotice(null)} />
      </div>
      {claims.phase === "loading" ? <NextItemLoading /> : null}
      {claims.phase === "error" ? (
        <QueueError message={claims.error ?? ""} onRetry={() => claims.queue.start()} />
      ) : null}
      {claims.phase === "empty" ? (
        <QueueCleared
          modelName={modelName}
          onCheckAgain={() => claims.queue.recheck()}
          onUndo={() => void actions.undo()}
          canUndo={actions.canUndo}
        />
      ) : null}
      {current ? (
        <div
          data-item-id={current.item.id}
          className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,26rem)]"
        >
          <ItemPanel item={current.item} />
          <div className="space-y-4">
            <Card>
              <PanelHeading title="Your label">
                <ActionButton
                  variant="ghost"
                  size="sm"
                  shortcut="Z"
                  hint="Z"
                  onClick={() => void actions.undo()}
                  disabled={!actions.canUndo || actions.undoing}
                >
                  {actions.undoing ? "Undoing…" : "Undo last"}
                </ActionButton>
              </PanelHeading>
              <DecisionPanel
                labels={current.item.labels}
                picked={picked}
                onPick={pick}
                note={note}
                onNote={(text) => setDraft({ leaseId, label: picked, note: text })}
                noteRef={noteRef}
                onSubmit={submit}
                onSkip={actions.skip}
                onUnsure={unsure}
              />
            </Card>
            <Card>
              <PanelHeading title="The model's guess" />
              <div className="space-y-5">
                <ModelGuess item={current.item} />
                <ExplanationPanel item={current.item} />
              </div>
            </Card>
          </div>
        </div>
      ) : null}
    </div>
  );
}
