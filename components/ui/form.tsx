import {
  cloneElement,
  type InputHTMLAttributes,
  isValidElement,
  type ReactElement,
  type ReactNode,
  type SelectHTMLAttributes,
  useId,
} from "react";

export const inputClass =
  "block w-full rounded-md border-0 bg-white px-3 py-2 text-sm text-slate-900 shadow-xs " +
  "ring-1 ring-slate-300 ring-inset placeholder:text-slate-400 " +
  "focus:ring-2 focus:ring-tide-600 focus:outline-none disabled:bg-slate-50";

export function Field({
  label,
  hint,
  error,
  children,
}: {
  label: string;
  hint?: ReactNode;
  error?: string;
  children: ReactElement<{ id?: string; "aria-describedby"?: string }>;
}) {
  const id = useId();
  const noteId = `${id}-note`;
  const note = error ?? hint;
  const control = isValidElement(children)
    ? cloneElement(children, { id, "aria-describedby": note ? noteId : undefined })
    : children;

  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-slate-700">
        {label}
      </label>
      {control}
      {note ? (
        <p
          id={noteId}
          className={`mt-1 text-xs ${error ? "text-red-700" : "text-slate-500"}`}
        >
          {note}
        </p>
      ) : null}
    </div>
  );
}

export function Input(props: InputHTMLAttributes<HTMLInputElement>) {
  return <input {...props} className={`${inputClass} ${props.className ?? ""}`} />;
}

export function Select(props: SelectHTMLAttributes<HTMLSelectElement>) {
  return <select {...props} className={`${inputClass} ${props.className ?? ""}`} />;
}

export function ErrorNote({ error }: { error: unknown }) {
  if (!error) return null;

  const message = error instanceof Error ? error.message : "Something went wrong.";
  const details =
    (error as { details?: { path: string; message: string }[] }).details ?? [];
  return (
    <div
      role="status"
      className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800 ring-1 ring-red-200"
    >
      <p>{message}</p>
      {details.length > 0 ? (
        <ul className="mt-1 list-disc pl-5 text-xs">
          {details.map((detail) => (
            <li key={`${detail.path}:${detail.message}`}>
              {detail.path ? <code>{detail.path}</code> : null} {detail.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
