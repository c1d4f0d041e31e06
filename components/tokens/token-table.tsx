"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorNote } from "@/components/ui/form";
import { api } from "@/lib/client/api";
import { formatDateTime, formatRelative } from "@/lib/client/format";
import type { TokenView } from "@/lib/contract/tokens";

function status(token: TokenView) {
  if (token.revokedAt) return <Badge tone="red">revoked</Badge>;
  if (token.expiresAt && new Date(token.expiresAt) < new Date())
    return <Badge tone="amber">expired</Badge>;
  return <Badge tone="green">active</Badge>;
}

export function TokenTable({ all }: { all: boolean }) {
  const queryClient = useQueryClient();
  const tokens = useQuery({
    queryKey: ["tokens", all],
    queryFn: () => api<{ tokens: TokenView[] }>(`/api/v1/tokens?all=${all}`),
  });
  const revoke = useMutation({
    mutationFn: (id: string) => api(`/api/v1/tokens/${id}`, { method: "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["tokens"] }),
  });

  if (tokens.isPending) return <p className="text-sm text-slate-500">Loading tokens…</p>;
  if (tokens.error) return <ErrorNote error={tokens.error} />;
  if (tokens.data.tokens.length === 0) {
    return (
      <EmptyState title="No tokens yet">
        Create one above to call the API from a script, a notebook or a model service.
      </EmptyState>
    );
  }

  return (
    <div className="overflow-x-auto">
      <ErrorNote error={revoke.error} />
      <table className="min-w-full text-sm">
        <thead className="text-left text-xs font-medium tracking-wide text-slate-500 uppercase">
          <tr>
            <th className="py-2 pr-4">Name</th>
            <th className="py-2 pr-4">Token</th>
            {all ? <th className="py-2 pr-4">Owner</th> : null}
            <th className="py-2 pr-4">Scopes</th>
            <th className="py-2 pr-4">Regions</th>
            <th className="py-2 pr-4">Created</th>
            <th className="py-2 pr-4">Last used</th>
            <th className="py-2 pr-4">Status</th>
            <th className="py-2" />
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {tokens.data.tokens.map((token) => (
            <tr key={token.id} className="align-top">
              <td className="py-2.5 pr-4 font-medium text-slate-900">{token.name}</td>
              <td className="py-2.5 pr-4 font-mono text-xs text-slate-600">
                {token.prefix}…
              </td>
              {all ? (
                <td className="py-2.5 pr-4 text-slate-700">
                  {token.owner?.name ?? <Badge>service</Badge>}
                </td>
              ) : null}
              <td className="py-2.5 pr-4">
                <div className="flex flex-wrap gap-1">
                  {token.scopes.map((scope) => (
                    <Badge key={scope} tone="tide">
                      {scope}
                    </Badge>
                  ))}
                </div>
              </td>
              <td className="py-2.5 pr-4 text-slate-700">
                {token.regions?.join(", ") ?? "all"}
              </td>
              <td className="py-2.5 pr-4 whitespace-nowrap text-slate-600">
                {formatDateTime(token.createdAt)}
              </td>
              <td className="py-2.5 pr-4 whitespace-nowrap text-slate-600">
                {formatRelative(token.lastUsedAt)}
              </td>
              <td className="py-2.5 pr-4">{status(token)}</td>
              <td className="py-2.5 text-right">
                {token.revokedAt ? null : (
                  <Button
                    variant="danger"
                    size="sm"
                    disabled={revoke.isPending}
                    aria-label={`Revoke ${token.name}`}
                    onClick={() => {
                      if (
                        window.confirm(
                          `Revoke “${token.name}”? Anything using it stops working at once.`,
                        )
                      ) {
                        revoke.mutate(token.id);
                      }
                    }}
                  >
                    Revoke
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
