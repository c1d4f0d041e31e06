import type { ReviewItem } from "./types";

const number = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 4 });

function showValue(value: unknown) {
  if (value === null || value === undefined)
    return <span className="text-slate-400">missing</span>;
  if (typeof value === "number")
    return <span className="tabular-nums">{number.format(value)}</span>;
  if (typeof value === "boolean") return value ? "true" : "false";
  return typeof value === "string" ? value : JSON.stringify(value);
}

function MaskedValue() {
  return (
    <span className="inline-flex items-center gap-2">
      <span className="font-mono tracking-widest text-slate-500">•••</span>
      <span className="text-xs text-slate-500">hidden for your role</span>
    </span>
  );
}

/** The model's inputs, one row each; sensitive ones arrive masked from the server. */
export function FeaturesTable({ item }: { item: ReviewItem }) {
  const masked = new Set(item.maskedFields);
  const rows = Object.entries(item.features);
  if (rows.length === 0)
    return <p className="text-sm text-slate-500">No features were sent.</p>;

  return (
    <table className="w-full table-fixed text-sm">
      <caption className="sr-only">Features</caption>
      <thead className="text-left text-xs font-medium tracking-wide text-slate-500 uppercase">
        <tr>
          <th scope="col" className="w-2/5 py-1.5 pr-4">
            Feature
          </th>
          <th scope="col" className="py-1.5">
            Value
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map(([name, value]) => (
          <tr key={name} className="align-baseline">
            <th
              scope="row"
              className="py-2 pr-4 text-left font-mono text-xs font-normal break-words text-slate-600"
            >
              {name}
            </th>
            <td className="py-2 break-words text-slate-900">
              {masked.has(name) ? <MaskedValue /> : showValue(value)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
