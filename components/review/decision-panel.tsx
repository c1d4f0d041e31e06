"use client";

import { type KeyboardEvent, type ReactNode, type Ref, useId } from "react";

import { Button, type ButtonVariant } from "@/components/ui/button";
import { inputClass } from "@/components/ui/form";

import { KeyHint } from "./key-hint";
import { LabelChoices } from "./label-choices";

interface Props {
  labels: string[];
  picked: string | null;
  onPick: (index: number) => void;
  note: string;
  onNote: (note: string) => void;
  noteRef: Ref<HTMLInputElement>;
  onSubmit: () => void;
  onSkip: () => void;
  onUnsure: () => void;
}

export function ActionButton({
  shortcut,
  hint,
  variant = "secondary",
  children,
  ...props
}: {
  shortcut: string;
  hint: string;
  variant?: ButtonVariant;
  children: ReactNode;
  onClick: () => void;
  disabled?: boolean;
  size?: "sm" | "md";
}) {
  return (
    <Button variant={variant} aria-keyshortcuts={shortcut} {...props}>
      {children}
      <KeyHint tone={variant === "primary" ? "dark" : "light"}>{hint}</KeyHint>
    </Button>
  );
}

/** The reviewer's answer: a class, an optional note, and the actions with their keys. */
export function DecisionPanel({ noteRef, ...props }: Props) {
  const noteId = useId();

  function noteKeys(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "Enter") {
      event.preventDefault();
      props.onSubmit();
    } else if (event.key === "Escape") {
      event.currentTarget.blur();
    }
  }

  return (
    <div className="space-y-4">
      <LabelChoices labels={props.labels} picked={props.picked} onPick={props.onPick} />
      <div>
        <div className="mb-1 flex items-center justify-between">
          <label htmlFor={noteId} className="text-sm font-medium text-slate-700">
            Note
          </label>
          <span className="flex items-center gap-1.5 text-xs text-slate-500">
            optional <KeyHint>N</KeyHint>
          </span>
        </div>
        <input
          id={noteId}
          ref={noteRef}
          className={inputClass}
          value={props.note}
          onChange={(event) => props.onNote(event.target.value)}
          onKeyDown={noteKeys}
          maxLength={2000}
          autoComplete="off"
          aria-keyshortcuts="N"
          placeholder="Why this label? Enter submits, Esc leaves."
        />
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <ActionButton
          variant="primary"
          shortcut="Enter"
          hint="⏎"
          onClick={props.onSubmit}
          disabled={!props.picked}
        >
          Submit
        </ActionButton>
        <ActionButton shortcut="S" hint="S" onClick={props.onSkip}>
          Skip
        </ActionButton>
        <ActionButton shortcut="U" hint="U" onClick={props.onUnsure}>
          Unsure
        </ActionButton>
      </div>
    </div>
  );
}
