"use client";

import type { KeyboardEvent, ReactNode, Ref } from "react";

import { Button, type ButtonVariant } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/form";

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
  onUndo: () => void;
  canUndo: boolean;
  undoing: boolean;
}

function ActionButton({
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
}) {
  return (
    <Button variant={variant} aria-keyshortcuts={shortcut} {...props}>
      {children}
      <KeyHint tone={variant === "primary" ? "dark" : "light"}>{hint}</KeyHint>
    </Button>
  );
}

/** The reviewer's answer: a class, an optional note, and the actions with their keys. */
export function DecisionPanel(props: Props) {
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
      <Field label="Note" hint="Optional. N to write, Enter to submit, Esc to leave.">
        <input
          ref={props.noteRef}
          className={inputClass}
          value={props.note}
          onChange={(event) => props.onNote(event.target.value)}
          onKeyDown={noteKeys}
          maxLength={2000}
          autoComplete="off"
          aria-keyshortcuts="N"
          placeholder="What made this one hard?"
        />
      </Field>
      <div className="flex flex-wrap items-center gap-2">
        <ActionButton variant="primary" shortcut="Enter" hint="⏎" onClick={props.onSubmit} disabled={!props.picked}>
          Submit
        </ActionButton>
        <ActionButton shortcut="S" hint="S" onClick={props.onSkip}>
          Skip
        </ActionButton>
        <ActionButton shortcut="U" hint="U" onClick={props.onUnsure}>
          Unsure
        </ActionButton>
        <ActionButton variant="ghost" shortcut="Z" hint="Z" onClick={props.onUndo} disabled={!props.canUndo || props.undoing}>
          {props.undoing ? "Undoing…" : "Undo"}
        </ActionButton>
      </div>
    </div>
  );
}
