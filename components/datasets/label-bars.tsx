const number = new Intl.NumberFormat("en-GB");

// One hue per label in a stable order, so a label keeps its colour across versions.
const HUES = [
  "bg-tide-500",
  "bg-amber-400",
  "bg-emerald-500",
  "bg-rose-400",
  "bg-slate-400",
];

/** A version's label distribution as one stacked bar with a legend. */
export function LabelBars({
  counts,
  labels,
}: {
  counts: Record<string, number>;
  labels: readonly string[];
}) {
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  if (total === 0) return <span className="text-xs text-slate-400">no rows</span>;

  const known = [...labels, ...Object.keys(counts).filter((l) => !labels.includes(l))];
  const shown = known.filter((label) => (counts[label] ?? 0) > 0);
  const hue = (label: string) => HUES[known.indexOf(label) % HUES.length];

  return (
    <div className="w-44" aria-label="Label distribution">
      <div className="flex h-2.5 overflow-hidden rounded-full bg-slate-100">
        {shown.map((label) => (
          <div
            key={label}
            className={hue(label)}
            style={{ width: `${((counts[label] ?? 0) / total) * 100}%` }}
            title={`${label}: ${number.format(counts[label] ?? 0)}`}
          />
        ))}
      </div>
      <ul className="mt-1 flex flex-wrap gap-x-2.5 text-xs text-slate-600">
        {shown.map((label) => (
          <li key={label} className="inline-flex items-center gap-1">
            <span className={`inline-block size-2 rounded-full ${hue(label)}`} />
            {label}{" "}
            <span className="text-slate-400 tabular-nums">
              {number.format(counts[label] ?? 0)}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
