import Link from "next/link";

import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

import { KeyHint } from "./key-hint";

export function QueueCleared({
  modelName,
  onCheckAgain,
  onUndo,
  canUndo,
}: {
  modelName: string;
  onCheckAgain: () => void;
  onUndo: () => void;
  canUndo: boolean;
}) {
  return (
    <EmptyState title={`Queue cleared — nothing left for you in ${modelName}`}>
      <p>New items arrive as the model service pushes uncertain predictions.</p>
      <div className="mt-5 flex flex-wrap items-center justify-center gap-2">
        <Link
          href="/queue"
          className="text-tide-700 px-2 text-sm font-medium hover:underline"
        >
          ← Back to queues
        </Link>
        <Button variant="secondary" onClick={onCheckAgain}>
          Check again
        </Button>
        {canUndo ? (
          <Button variant="ghost" onClick={onUndo} aria-keyshortcuts="Z">
            Undo last label <KeyHint>Z</KeyHint>
          </Button>
        ) : null}
      </div>
    </EmptyState>
  );
}

export function QueueError({
  message,
  onRetry,
}: {
  message: string;
  onRetry: () => void;
}) {
  return (
    <EmptyState title="The queue could not be loaded">
      <p>{message}</p>
      <Button className="mt-4" variant="secondary" onClick={onRetry}>
        Try again
      </Button>
    </EmptyState>
  );
}

/** Shown only when no item was prefetched: at the start, or at the end of the queue. */
export function NextItemLoading() {
  return (
    <div
      className="grid animate-pulse gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,26rem)]"
      aria-busy
    >
      <div className="h-96 rounded-lg border border-slate-200 bg-white" />
      <div className="h-96 rounded-lg border border-slate-200 bg-white" />
      <p className="sr-only">Fetching the next item…</p>
    </div>
  );
}
