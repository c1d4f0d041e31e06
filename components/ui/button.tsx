import type { ButtonHTMLAttributes } from "react";

const VARIANTS = {
  primary: "bg-tide-600 text-white hover:bg-tide-700 focus-visible:outline-tide-600",
  secondary:
    "bg-white text-slate-800 ring-1 ring-slate-300 ring-inset hover:bg-slate-50 " +
    "focus-visible:outline-slate-400",
  danger:
    "bg-white text-red-700 ring-1 ring-red-200 ring-inset hover:bg-red-50 " +
    "focus-visible:outline-red-500",
  ghost:
    "text-slate-600 hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-slate-400",
} as const;

export type ButtonVariant = keyof typeof VARIANTS;

export function buttonClass(
  variant: ButtonVariant = "primary",
  size: "sm" | "md" = "md",
) {
  const sizing = size === "sm" ? "px-2.5 py-1.5 text-xs" : "px-3.5 py-2 text-sm";
  return (
    "inline-flex items-center justify-center gap-1.5 rounded-md font-medium shadow-xs " +
    "transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 " +
    `disabled:cursor-not-allowed disabled:opacity-50 ${sizing} ${VARIANTS[variant]}`
  );
}

export function Button({
  variant = "primary",
  size = "md",
  className = "",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: ButtonVariant;
  size?: "sm" | "md";
}) {
  return (
    <button
      type="button"
      className={`${buttonClass(variant, size)} ${className}`}
      {...props}
    />
  );
}
