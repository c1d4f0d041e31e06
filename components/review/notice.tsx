export type NoticeTone = "done" | "info" | "warning";

export interface Notice {
  tone: NoticeTone;
  text: string;
}

const TONES: Record<NoticeTone, string> = {
  done: "bg-emerald-50 text-emerald-900 ring-emerald-200",
  info: "bg-slate-100 text-slate-800 ring-slate-200",
  warning: "bg-amber-50 text-amber-900 ring-amber-300",
};

/**
 * The workspace's one live region. It stays mounted, empty or not, so that
 * screen readers announce each new message; nothing in it blocks the keys.
 */
export function NoticeLine({
  notice,
  onDismiss,
}: {
  notice: Notice | null;
  onDismiss: () => void;
}) {
  return (
    <div role="status" className="min-w-0 shrink">
      {notice ? (
        <div
          className={
            "flex items-center justify-between gap-3 rounded-md px-3 py-2 text-sm " +
            `ring-1 ring-inset ${TONES[notice.tone]}`
          }
        >
          <p className="min-w-0 break-words">{notice.text}</p>
          <button
            type="button"
            onClick={onDismiss}
            className="shrink-0 rounded px-1.5 text-xs font-medium opacity-70 hover:opacity-100"
            aria-label="Dismiss message"
          >
            ✕
          </button>
        </div>
      ) : null}
    </div>
  );
}
