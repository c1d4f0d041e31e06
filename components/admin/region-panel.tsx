"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent } from "react";

import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorNote, Field, Input } from "@/components/ui/form";
import { api } from "@/lib/client/api";
import type { RegionView } from "@/lib/contract/regions";

export function RegionPanel() {
  const queryClient = useQueryClient();
  const regions = useQuery({
    queryKey: ["regions"],
    queryFn: () => api<{ regions: RegionView[] }>("/api/v1/regions"),
  });
  const save = useMutation({
    mutationFn: ({ key, body }: { key: string; body: unknown }) =>
      api(`/api/v1/regions/${encodeURIComponent(key)}`, { method: "PUT", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["regions"] }),
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const retention = String(form.get("retentionDays") ?? "").trim();
    const sensitive = String(form.get("sensitiveFields") ?? "")
      .split(",")
      .map((field) => field.trim())
      .filter(Boolean);
    save.mutate({
      key: String(form.get("key")).trim(),
      body: {
        name: String(form.get("name")),
        retentionDays: retention ? Number(retention) : null,
        sensitiveFields: sensitive,
      },
    });
    event.currentTarget.reset();
  }

  return (
    <div className="space-y-6">
      <Card
        title="Add or update a region"
        description="Saving an existing key updates that region."
      >
        <form onSubmit={submit} className="grid gap-4 md:grid-cols-4">
          <Field label="Key" hint="As model services send it, e.g. eu-west">
            <Input
              name="key"
              required
              pattern="[a-z0-9][a-z0-9_.\-]{0,62}"
              placeholder="eu-west"
            />
          </Field>
          <Field label="Name">
            <Input name="name" required placeholder="EU West" />
          </Field>
          <Field label="Retention (days)" hint="Empty: keep forever">
            <Input name="retentionDays" type="number" min={1} placeholder="365" />
          </Field>
          <Field
            label="Sensitive fields"
            hint="Comma-separated; masked for roles that need not see them"
          >
            <Input name="sensitiveFields" placeholder="email, phone" />
          </Field>
          <div className="flex items-center gap-3 md:col-span-4">
            <Button type="submit" disabled={save.isPending}>
              Save region
            </Button>
            <ErrorNote error={save.error} />
          </div>
        </form>
      </Card>
      <Card title="Regions">
        {regions.isPending ? (
          <p className="text-sm text-slate-500">Loading…</p>
        ) : regions.error ? (
          <ErrorNote error={regions.error} />
        ) : regions.data.regions.length === 0 ? (
          <EmptyState title="No regions yet">
            Regions decide which reviewers see which items. Add the regions your model
            services send, then give people access to theirs on the Users tab.
          </EmptyState>
        ) : (
          <table className="min-w-full text-sm">
            <thead className="text-left text-xs font-medium tracking-wide text-slate-500 uppercase">
              <tr>
                <th className="py-2 pr-4">Key</th>
                <th className="py-2 pr-4">Name</th>
                <th className="py-2 pr-4">Retention</th>
                <th className="py-2">Sensitive fields</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {regions.data.regions.map((region) => (
                <tr key={region.key}>
                  <td className="py-2.5 pr-4 font-mono text-xs">{region.key}</td>
                  <td className="py-2.5 pr-4 font-medium">{region.name}</td>
                  <td className="py-2.5 pr-4">
                    {region.retentionDays ? `${region.retentionDays} days` : "forever"}
                  </td>
                  <td className="py-2.5">{region.sensitiveFields.join(", ") || "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
    </div>
  );
}
