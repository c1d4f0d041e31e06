"use client";

import { useEffect, useEffectEvent } from "react";

export interface KeyActions {
  pick: (index: number) => void;
  submit: () => void;
  skip: () => void;
  unsure: () => void;
  undo: () => void;
  focusNote: () => void;
}

function isTyping(target: EventTarget | null) {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName)
  );
}

/** Enter and Space on a focused link or action button keep their usual meaning. */
function isNativeActivation(event: KeyboardEvent) {
  const target = event.target;
  if (event.key !== "Enter" && event.key !== " ") return false;
  if (!(target instanceof HTMLElement)) return false;
  if (target.dataset.labelChoice !== undefined) return event.key === " ";
  return target.tagName === "BUTTON" || target.tagName === "A";
}

function actionFor(event: KeyboardEvent, actions: KeyActions): (() => void) | null {
  if (/^[1-9]$/.test(event.key)) return () => actions.pick(Number(event.key) - 1);

  switch (event.key.toLowerCase()) {
    case "enter":
      return actions.submit;
    case "s":
      return actions.skip;
    case "u":
      return actions.unsure;
    case "z":
      return actions.undo;
    case "n":
      return actions.focusNote;
    default:
      return null;
  }
}

/**
 * The workspace's shortcuts, on the whole window. They rest while the
 * reviewer types (the note field handles its own Enter and Escape), and a
 * held-down key fires once, so a long press on Enter labels one item only.
 */
export function useReviewKeys(actions: KeyActions) {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    if (isTyping(event.target) || isNativeActivation(event)) return;

    const action = actionFor(event, actions);
    if (!action) return;
    event.preventDefault();
    if (!event.repeat) action();
  });

  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    window.addEventListener("keydown", listener);
    return () => window.removeEventListener("keydown", listener);
  }, []);
}
