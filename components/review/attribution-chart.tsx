const signed = new Intl.NumberFormat("en-GB", {
  maximumSignificantDigits: 3,
  signDisplay: "exceptZero",
});

const RIGHT_BAR = "bg-tide-500 left-1/2";
const LEFT_BAR = "right-1/2 bg-rose-400";
const tone = (value: number) => (value >= 0 ? "text-tide-800" : "text-rose-700");

/** Rows beyond this are summarised: the strongest pushes are the ones that explain. */
const MAX_ROWS = 10;

/**
 * Feature attributions as bars from a centre line, positive to the right and
 * negative to the left, strongest first. What a sign means is the explainer's
 * (for SHAP, towards or away from the predicted class), so the chart says no
 * more than the sign. The bars are decoration; each row also says its value.
 */
export function AttributionChart({
  attributions,
}: {
  attributions: Record<string, number>;
}) {
  const rows = Object.entries(attributions)
    .filter(([, value]) => Number.isFinite(value))
    .sort(([, a], [, b]) => Math.abs(b) - Math.abs(a));
  const shown = rows.slice(0, MAX_ROWS);
  const scale = Math.max(...shown.map(([, value]) => Math.abs(value)), Number.EPSILON);

  return (
    <div>
      <ul aria-label="Feature attributions" className="space-y-1">
        {shown.map(([name, value]) => {
          const width = `${(Math.abs(value) / scale) * 50}%`;
          return (
            <li
              key={name}
              className="grid grid-cols-[7rem_1fr_3.5rem] items-center gap-3 text-sm"
            >
              <span className="truncate font-mono text-xs text-slate-700" title={name}>
                {name}
              </span>
              <span aria-hidden className="relative h-4">
                <span className="absolute inset-y-0 left-1/2 w-px bg-slate-300" />
                <span
                  className={`absolute inset-y-0.5 rounded-sm ${value >= 0 ? RIGHT_BAR : LEFT_BAR}`}
                  style={{ width }}
                />
              </span>
              <span
                className={`text-right font-mono text-xs tabular-nums ${tone(value)}`}
              >
                {signed.format(value)}
              </span>
            </li>
          );
        })}
      </ul>
      <p className="mt-2 flex justify-between text-xs text-slate-500">
        <span>← negative</span>
        {rows.length > shown.length ? (
          <span>{rows.length - shown.length} weaker not shown</span>
        ) : null}
        <span>positive →</span>
      </p>
    </div>
  );
}
