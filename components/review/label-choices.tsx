"use client";

import { type KeyboardEvent, useRef } from "react";

import { KeyHint } from "./key-hint";

const ARROW_STEPS: Record<string, number> = {
  ArrowRight: 1,
  ArrowDown: 1,
  ArrowLeft: -1,
  ArrowUp: -1,
};

/**
 * The classes to choose from, as a radio group: one tab stop, arrows move
 * between choices, and the number keys (handled by the workspace) pick the
 * first nine directly.
 */
export function LabelChoices({
  labels,
  picked,
  onPick,
}: {
  labels: string[];
  picked: string | null;
  onPick: (index: number) => void;
}) {
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const tabStop = Math.max(0, picked === null ? 0 : labels.indexOf(picked));

  function move(event: KeyboardEvent, index: number) {
    const step = ARROW_STEPS[event.key];
    if (step === undefined) return;

    event.preventDefault();
    const next = (index + step + labels.length) % labels.length;
    onPick(next);
    buttons.current[next]?.focus();
  }

  return (
    <div
      role="radiogroup"
      aria-label="Label"
      className="grid grid-cols-[repeat(auto-fill,minmax(10rem,1fr))] gap-2"
    >
      {labels.map((label, index) => {
        const checked = label === picked;
        return (
          <button
            key={label}
            ref={(element) => {
              buttons.current[index] = element;
            }}
            type="button"
            role="radio"
            aria-checked={checked}
            aria-keyshortcuts={index < 9 ? String(index + 1) : undefined}
            tabIndex={index === tabStop ? 0 : -1}
            data-label-choice=""
            onClick={() => onPick(index)}
            onKeyDown={(event) => move(event, index)}
            className={
              "flex min-w-0 items-center gap-2 rounded-md px-3 py-2.5 text-left text-sm font-medium " +
              "ring-1 transition-colors ring-inset focus-visible:outline-2 " +
              "focus-visible:outline-tide-600 focus-visible:outline-offset-2 " +
              (checked
                ? "bg-tide-50 text-tide-900 ring-tide-600 ring-2"
                : "bg-white text-slate-800 ring-slate-300 hover:bg-slate-50")
            }
          >
            {index < 9 ? (
              <KeyHint tone={checked ? "active" : "light"}>{index + 1}</KeyHint>
            ) : null}
            <span className="truncate" title={label}>
              {label}
            </span>
          </button>
        );
      })}
    </div>
  );
}
