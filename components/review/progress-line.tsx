import type { Progress } from "./types";

const number = new Intl.NumberFormat("en-GB");

/**
 * "N labelled today · M left in queue". Items this page already holds behind
 * the one on screen are leased, not open, so they are added back to "left".
 */
export function ProgressLine({
  progress,
  waiting,
}: {
  progress: Progress | null;
  waiting: number;
}) {
  if (!progress) return <p className="text-sm text-slate-400">Counting…</p>;

  return (
    <p className="text-sm text-slate-600" data-testid="progress-line">
      <strong className="font-semibold text-slate-900 tabular-nums">
        {number.format(progress.doneToday)}
      </strong>{" "}
      labelled today ·{" "}
      <strong className="font-semibold text-slate-900 tabular-nums">
        {number.format(progress.leftInQueue + waiting)}
      </strong>{" "}
      left in queue
    </p>
  );
}
