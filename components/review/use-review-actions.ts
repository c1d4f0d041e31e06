"use client";

import { useRef, useState } from "react";

import { api } from "@/lib/client/api";

import type { ClaimQueue } from "./claim-queue";
import type { Notice } from "./notice";
import type { Claimed } from "./types";

interface LastLabel {
  claimed: Claimed;
  label: string | null;
  /** The stored label's id, or null if the server refused it. */
  labelId: Promise<string | null>;
}

interface Options {
  queue: ClaimQueue;
  notify: (notice: Notice) => void;
  /** Called when a request that changes the counts has settled. */
  onSettled: () => void;
  /** Called with the item an undo brought back and the label it had. */
  onUndone: (back: Claimed, label: string | null) => void;
}

/**
 * Label, unsure and skip move the next item on screen first and send the
 * request behind it, so the reviewer never waits on the network. Undo is the
 * one action that waits: it needs the item back from the server.
 */
export function useReviewActions({ queue, notify, onSettled, onUndone }: Options) {
  const last = useRef<LastLabel | null>(null);
  const [canUndo, setCanUndo] = useState(false);
  const [undoing, setUndoing] = useState(false);

  async function send(claimed: Claimed, action: string, body: object) {
    try {
      const result = await api<{ label?: { id: string } }>(
        `/api/v1/items/${claimed.item.id}/${action}`,
        { method: "POST", body: { leaseId: claimed.lease.id, ...body } },
      );
      return result?.label?.id ?? null;
    } catch (error) {
      const message = error instanceof Error ? error.message : "The request failed.";
      notify({ tone: "warning", text: `${claimed.item.predictionId}: ${message}` });
      return null;
    } finally {
      onSettled();
    }
  }

  function remember(
    claimed: Claimed,
    label: string | null,
    labelId: Promise<string | null>,
  ) {
    last.current = { claimed, label, labelId };
    setCanUndo(true);
  }

  function label(choice: string, note: string) {
    const left = undoing ? null : queue.advance();
    if (!left) return;

    remember(
      left,
      choice,
      send(left, "labels", { label: choice, note: note || undefined }),
    );
    notify({
      tone: "done",
      text: `Labelled ${left.item.predictionId} as “${choice}”. Press Z to undo.`,
    });
  }

  function unsure(note: string) {
    const left = undoing ? null : queue.advance();
    if (!left) return;

    remember(left, null, send(left, "unsure", { note: note || undefined }));
    notify({
      tone: "info",
      text: `Marked ${left.item.predictionId} as unsure: a lead will settle it.`,
    });
  }

  function skip() {
    const left = undoing ? null : queue.advance();
    if (!left) return;

    void send(left, "skip", {});
    notify({
      tone: "info",
      text: `Skipped ${left.item.predictionId}; it goes to other reviewers.`,
    });
  }

  async function undo() {
    const entry = last.current;
    if (!entry || undoing) {
      if (!entry) notify({ tone: "info", text: "Nothing to undo." });
      return;
    }

    last.current = null;
    setCanUndo(false);
    setUndoing(true);
    try {
      const labelId = await entry.labelId;
      // A refused label was never stored, and its warning is already shown.
      if (labelId === null) return;
      const back = await api<Claimed>(`/api/v1/labels/${labelId}/undo`, {
        method: "POST",
      });
      queue.show(back);
      onUndone(back, entry.label);
      notify({
        tone: "info",
        text: `Undone: ${back.item.predictionId} is back for a new label.`,
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : "The undo failed.";
      notify({ tone: "warning", text: `${entry.claimed.item.predictionId}: ${message}` });
    } finally {
      setUndoing(false);
      onSettled();
    }
  }

  return { label, unsure, skip, undo, canUndo, undoing };
}
