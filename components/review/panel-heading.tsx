import type { ReactNode } from "react";

/** A card heading lighter than Card's own header, so the right column fits one screen. */
export function PanelHeading({
  title,
  children,
}: {
  title: ReactNode;
  children?: ReactNode;
}) {
  return (
    <div className="mb-4 flex min-h-8 flex-wrap items-center justify-between gap-x-3 gap-y-1">
      <h2 className="min-w-0 text-base font-semibold break-all text-slate-900">
        {title}
      </h2>
      {children}
    </div>
  );
}
