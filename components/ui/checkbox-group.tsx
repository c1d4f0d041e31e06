import type { ReactNode } from "react";

/** A fieldset of checkboxes that submit under one form field name. */
export function CheckboxGroup({
  name,
  legend,
  hint,
  options,
  renderOption = (option) => option,
  empty,
  className = "",
}: {
  name: string;
  legend: string;
  hint?: string;
  options: readonly string[];
  renderOption?: (option: string) => ReactNode;
  empty?: ReactNode;
  className?: string;
}) {
  return (
    <fieldset className={className}>
      <legend className="mb-2 text-sm font-medium text-slate-700">
        {legend}
        {hint ? <span className="font-normal text-slate-500"> ({hint})</span> : null}
      </legend>
      {options.length === 0 ? (
        <p className="text-sm text-slate-500">{empty}</p>
      ) : (
        <div className="flex flex-wrap gap-x-5 gap-y-2">
          {options.map((option) => (
            <label
              key={option}
              className="inline-flex items-center gap-2 text-sm text-slate-700"
            >
              <input
                type="checkbox"
                name={name}
                value={option}
                className="accent-tide-600"
              />
              {renderOption(option)}
            </label>
          ))}
        </div>
      )}
    </fieldset>
  );
}
