import type { ReactNode } from "react";

export function EmptyState({
  title,
  children,
  icon,
}: {
  title: string;
  children: ReactNode;
  icon?: ReactNode;
}) {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 bg-white px-6 py-10 text-center">
      {icon ? <div className="text-tide-600 mx-auto mb-3 w-fit">{icon}</div> : null}
      <h2 className="text-base font-semibold text-slate-900">{title}</h2>
      <div className="mx-auto mt-2 max-w-2xl text-sm text-slate-600">{children}</div>
    </div>
  );
}
