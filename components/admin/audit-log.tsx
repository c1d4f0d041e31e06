"use client";

import { useInfiniteQuery, useMutation } from "@tanstack/react-query";
import { Fragment, useState } from "react";
import type { z } from "zod";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ErrorNote } from "@/components/ui/form";
import { api } from "@/lib/client/api";
import { formatDateTime } from "@/lib/client/format";
import type { auditPage, verifyResult } from "@/lib/contract/audit";

type Page = z.infer<typeof auditPage>;
type Verify = z.infer<typeof verifyResult>;

function VerifyChain() {
  const verify = useMutation({ mutationFn: () => api<Verify>("/api/v1/audit/verify") });

  return (
    <div className="flex items-center gap-3">
      {verify.data ? (
        verify.data.ok ? (
          <Badge tone="green">Chain intact: {verify.data.checked} entries checked</Badge>
        ) : (
          <Badge tone="red">Broken at entry {verify.data.firstBrokenId}</Badge>
        )
      ) : null}
      <ErrorNote error={verify.error} />
      <Button
        variant="secondary"
        onClick={() => verify.mutate()}
        disabled={verify.isPending}
      >
        {verify.isPending ? "Verifying…" : "Verify chain"}
      </Button>
    </div>
  );
}

function Json({ value }: { value: unknown }) {
  return (
    <pre
      className={
        "max-h-64 overflow-auto rounded bg-slate-50 p-2 font-mono text-xs " +
        "text-slate-800 ring-1 ring-slate-200"
      }
    >
      {value === null || value === undefined ? "—" : JSON.stringify(value, null, 2)}
    </pre>
  );
}

export function AuditLog() {
  const [open, setOpen] = useState<string | null>(null);
  const pages = useInfiniteQuery({
    queryKey: ["audit"],
    initialPageParam: null as number | null,
    queryFn: ({ pageParam }) =>
      api<Page>(`/api/v1/audit?limit=50${pageParam ? `&before=${pageParam}` : ""}`),
    getNextPageParam: (last) => last.nextBefore,
  });
  const entries = pages.data?.pages.flatMap((page) => page.entries) ?? [];

  return (
    <Card
      title="Audit trail"
      description="Append-only and hash-chained: every entry's hash covers the one before it."
      actions={<VerifyChain />}
    >
      <ErrorNote error={pages.error} />
      <table className="min-w-full text-sm">
        <thead className="text-left text-xs font-medium tracking-wide text-slate-500 uppercase">
          <tr>
            <th className="py-2 pr-4">When</th>
            <th className="py-2 pr-4">Who</th>
            <th className="py-2 pr-4">Action</th>
            <th className="py-2 pr-4">Entity</th>
            <th className="py-2">Changed</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {entries.map((entry) => (
            <Fragment key={entry.id}>
              <tr
                className="cursor-pointer hover:bg-slate-50"
                onClick={() => setOpen(open === entry.id ? null : entry.id)}
              >
                <td className="py-2 pr-4 whitespace-nowrap text-slate-600">
                  {formatDateTime(entry.at)}
                </td>
                <td className="py-2 pr-4">
                  {entry.actor.name}{" "}
                  <span className="text-xs text-slate-400">({entry.actor.kind})</span>
                </td>
                <td className="py-2 pr-4">
                  <code className="text-xs">{entry.action}</code>
                </td>
                <td className="py-2 pr-4 font-mono text-xs text-slate-600">
                  {entry.entityType}/{entry.entityId.slice(0, 12)}
                </td>
                <td className="py-2 text-xs text-slate-600">
                  {entry.changed.join(", ")}
                </td>
              </tr>
              {open === entry.id ? (
                <tr>
                  <td colSpan={5} className="bg-slate-50/50 px-2 py-3">
                    <div className="grid gap-3 md:grid-cols-2">
                      <div>
                        <p className="mb-1 text-xs font-medium text-slate-500">Before</p>
                        <Json value={entry.before} />
                      </div>
                      <div>
                        <p className="mb-1 text-xs font-medium text-slate-500">After</p>
                        <Json value={entry.after} />
                      </div>
                    </div>
                    <p className="mt-2 font-mono text-[11px] text-slate-400">
                      hash {entry.hash}
                    </p>
                  </td>
                </tr>
              ) : null}
            </Fragment>
          ))}
        </tbody>
      </table>
      {pages.hasNextPage ? (
        <div className="mt-4">
          <Button
            variant="secondary"
            onClick={() => pages.fetchNextPage()}
            disabled={pages.isFetchingNextPage}
          >
            Older entries
          </Button>
        </div>
      ) : null}
    </Card>
  );
}
