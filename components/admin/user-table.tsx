"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ErrorNote, Select } from "@/components/ui/form";
import { ROLE_LABELS } from "@/lib/auth/scopes";
import { api } from "@/lib/client/api";
import { formatDateTime } from "@/lib/client/format";
import type { UserView } from "@/lib/contract/users";

export function UserTable({ regions }: { regions: readonly string[] }) {
  const queryClient = useQueryClient();
  const users = useQuery({
    queryKey: ["users"],
    queryFn: () => api<{ users: UserView[] }>("/api/v1/users"),
  });
  const update = useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: Record<string, unknown> }) =>
      api(`/api/v1/users/${id}`, { method: "PATCH", body: patch }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["users"] }),
  });

  if (users.isPending) return <p className="text-sm text-slate-500">Loading users…</p>;
  if (users.error) return <ErrorNote error={users.error} />;

  return (
    <div className="space-y-3 overflow-x-auto">
      <ErrorNote error={update.error} />
      <table className="min-w-full text-sm">
        <thead className="text-left text-xs font-medium tracking-wide text-slate-500 uppercase">
          <tr>
            <th className="py-2 pr-4">Person</th>
            <th className="py-2 pr-4">Role</th>
            <th className="py-2 pr-4">Regions</th>
            <th className="py-2 pr-4">Added</th>
            <th className="py-2 pr-4">Status</th>
            <th className="py-2" />
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {users.data.users.map((user) => (
            <tr key={user.id} className="align-middle">
              <td className="py-2.5 pr-4">
                <p className="font-medium text-slate-900">{user.name}</p>
                <p className="text-xs text-slate-500">{user.email}</p>
              </td>
              <td className="py-2.5 pr-4">
                <Select
                  aria-label={`Role of ${user.name}`}
                  value={user.role}
                  className="w-40"
                  onChange={(event) =>
                    update.mutate({ id: user.id, patch: { role: event.target.value } })
                  }
                >
                  {Object.entries(ROLE_LABELS).map(([value, label]) => (
                    <option key={value} value={value}>
                      {label}
                    </option>
                  ))}
                </Select>
              </td>
              <td className="py-2.5 pr-4">
                {user.role === "admin" ? (
                  <span className="text-slate-500">all</span>
                ) : (
                  <div className="flex flex-wrap gap-x-3 gap-y-1">
                    {regions.map((region) => (
                      <label
                        key={region}
                        className="inline-flex items-center gap-1 text-xs text-slate-700"
                      >
                        <input
                          type="checkbox"
                          className="accent-tide-600"
                          checked={user.regions.includes(region)}
                          onChange={(event) => {
                            const next = event.target.checked
                              ? [...user.regions, region]
                              : user.regions.filter((r) => r !== region);
                            update.mutate({ id: user.id, patch: { regions: next } });
                          }}
                        />
                        {region}
                      </label>
                    ))}
                    {regions.length === 0 ? (
                      <span className="text-slate-500">—</span>
                    ) : null}
                  </div>
                )}
              </td>
              <td className="py-2.5 pr-4 whitespace-nowrap text-slate-600">
                {formatDateTime(user.createdAt)}
              </td>
              <td className="py-2.5 pr-4">
                {user.disabled ? (
                  <Badge tone="red">disabled</Badge>
                ) : (
                  <Badge tone="green">active</Badge>
                )}
              </td>
              <td className="py-2.5 text-right">
                <Button
                  variant={user.disabled ? "secondary" : "danger"}
                  size="sm"
                  onClick={() =>
                    update.mutate({ id: user.id, patch: { disabled: !user.disabled } })
                  }
                >
                  {user.disabled ? "Enable" : "Disable"}
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
