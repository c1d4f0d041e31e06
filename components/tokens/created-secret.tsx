"use client";

import { CopyButton } from "@/components/ui/copy-button";

/** The one moment a token's secret is visible. */
export function CreatedSecret({ name, secret, onDone }: { name: string; secret: string; onDone: () => void }) {
  return (
    <div
      role="region"
      aria-label="New token"
      className="rounded-lg border border-tide-200 bg-tide-50 p-4"
    >
      <p className="text-sm font-semibold text-tide-900">Token “{name}” created</p>
      <p className="mt-1 text-sm text-tide-800">
        Copy it now: only its hash is stored, so it cannot be shown again.
      </p>
      <div className="mt-3 flex items-center gap-2">
        <code
          data-testid="token-secret"
          className="flex-1 overflow-x-auto rounded bg-white px-3 py-2 font-mono text-sm text-slate-900 ring-1 ring-tide-200"
        >
          {secret}
        </code>
        <CopyButton text={secret} label="Copy token" />
      </div>
      <button type="button" onClick={onDone} className="mt-3 text-sm font-medium text-tide-700 hover:underline">
        I have stored it
      </button>
    </div>
  );
}
