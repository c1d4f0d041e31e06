import type { ReviewItem } from "./types";

const percent = new Intl.NumberFormat("en-GB", {
  style: "percent",
  maximumFractionDigits: 1,
});

/** The model's answer and how sure it was of each class, in the model's label order. */
export function ModelGuess({ item }: { item: ReviewItem }) {
  const { label: guess, probabilities } = item.output;
  const classes = [
    ...item.labels,
    ...Object.keys(probabilities).filter((name) => !item.labels.includes(name)),
  ];

  return (
    <div>
      <p className="text-sm text-slate-600">
        The model said{" "}
        <strong className="text-base font-semibold text-slate-900">{guess}</strong>
        {probabilities[guess] !== undefined ? (
          <span className="text-slate-500">
            {" "}
            at {percent.format(probabilities[guess])}
          </span>
        ) : null}
        {item.latencyMs !== null ? (
          <span className="text-slate-400">
            {" "}
            · answered in {Math.round(item.latencyMs)} ms
          </span>
        ) : null}
      </p>
      {item.error ? (
        <p className="mt-2 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800 ring-1 ring-red-200">
          The model service reported an error: <span dir="auto">{item.error}</span>
        </p>
      ) : null}
      <ul aria-label="Class probabilities" className="mt-3 space-y-1.5">
        {classes.map((name) => {
          const p = probabilities[name] ?? 0;
          const chosen = name === guess;
          return (
            <li
              key={name}
              className="grid grid-cols-[7rem_1fr_3.5rem] items-center gap-3 text-sm"
            >
              <span
                className={`truncate ${chosen ? "font-medium text-slate-900" : "text-slate-600"}`}
                title={name}
              >
                {name}
              </span>
              <span aria-hidden className="h-2 overflow-hidden rounded-full bg-slate-100">
                <span
                  className={`block h-full rounded-full ${chosen ? "bg-tide-600" : "bg-slate-400"}`}
                  style={{ width: `${Math.min(100, p * 100)}%` }}
                />
              </span>
              <span className="text-right text-slate-700 tabular-nums">
                {percent.format(p)}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
