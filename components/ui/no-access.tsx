import { EmptyState } from "./empty-state";

export function NoAccess({ scope }: { scope: string }) {
  return (
    <EmptyState title="You have no access to this page">
      It needs the <code className="rounded bg-slate-100 px-1">{scope}</code> permission.
      Ask an admin to change your role if you need it.
    </EmptyState>
  );
}
