/** The rules a tree-like model followed, in order; model-sent text, shown as text. */
export function DecisionPath({ steps }: { steps: string[] }) {
  return (
    <ol className="space-y-1 text-sm">
      {steps.map((step, index) => (
        <li key={`${index}:${step}`} className="flex gap-2">
          <span className="w-5 shrink-0 text-right text-xs leading-5 text-slate-400 tabular-nums">
            {index + 1}.
          </span>
          <span
            dir="auto"
            className="font-mono text-xs leading-5 [overflow-wrap:anywhere] text-slate-800"
          >
            {step}
          </span>
        </li>
      ))}
    </ol>
  );
}
