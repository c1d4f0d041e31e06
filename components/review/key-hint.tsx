import type { ReactNode } from "react";

const TONES = {
  light: "border-slate-300 bg-white text-slate-600",
  dark: "border-white/40 bg-white/15 text-white",
  active: "border-tide-600 bg-tide-600 text-white",
} as const;

/**
 * A key cap shown beside an action. Hidden from screen readers: the control
 * announces its shortcut through aria-keyshortcuts instead.
 */
export function KeyHint({
  children,
  tone = "light",
}: {
  children: ReactNode;
  tone?: keyof typeof TONES;
}) {
  return (
    <kbd
      aria-hidden
      className={
        "inline-flex h-5 min-w-5 items-center justify-center rounded border px-1 " +
        `font-mono text-[11px] leading-none font-medium ${TONES[tone]}`
      }
    >
      {children}
    </kbd>
  );
}
