"use client";

import { CopyButton } from "@/components/ui/copy-button";

/** The one moment a token's secret is visible. */
export function CreatedSecret({
  name,
  secret,
  onDone,
}: {
  name: string;
  secret: string;
  onDone: () => void;
}) {
  return (
    <div
      role="region"
      aria-label="New token"
      className="border-tide-200 bg-tide-50 rounded-lg border p-4"
    >
      <p className="text-tide-900 text-sm font-semibold">Token “{name}” created</p>
      <p className="text-tide-800 mt-1 text-sm">
        Copy it now: only its hash is stored, so it cannot be shown again.
      </p>
      <div className="mt-3 flex items-center gap-2">
        <code
          data-testid="token-secret"
          className={
            "flex-1 overflow-x-auto rounded bg-white px-3 py-2 font-mono text-sm " +
            "ring-tide-200 text-slate-900 ring-1"
          }
        >
          {secret}
        </code>
        <CopyButton text={secret} label="Copy token" />
      </div>
      <button
        type="button"
        onClick={onDone}
        className="text-tide-700 mt-3 text-sm font-medium hover:underline"
      >
        I have stored it
      </button>
    </div>
  );
}
