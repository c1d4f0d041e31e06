"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";

import { Button } from "@/components/ui/button";
import { ErrorNote, Field, Input, Select } from "@/components/ui/form";
import { api } from "@/lib/client/api";

function list(value: FormDataEntryValue | null): string[] | undefined {
  const items = String(value ?? "")
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);
  return items.length > 0 ? items : undefined;
}

function day(value: FormDataEntryValue | null): string | undefined {
  return value ? `${String(value)}T00:00:00Z` : undefined;
}

function filterOf(form: FormData) {
  const minimum = String(form.get("minAgreement") ?? "");
  return {
    labelSource: String(form.get("labelSource") ?? "both"),
    modelVersions: list(form.get("modelVersions")),
    regions: list(form.get("regions")),
    clients: list(form.get("clients")),
    from: day(form.get("from")),
    to: day(form.get("to")),
    minAgreement: minimum === "" ? null : Number(minimum) / 100,
  };
}

/** Defines a dataset and opens it. */
export function NewDatasetForm({
  models,
  regionHint,
}: {
  models: { key: string; name: string }[];
  regionHint: string;
}) {
  const router = useRouter();
  const create = useMutation({
    mutationFn: (body: unknown) =>
      api<{ id: string }>("/api/v1/datasets", { method: "POST", body }),
    onSuccess: ({ id }) => router.push(`/datasets/${id}`),
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    create.mutate({
      name: String(form.get("name") ?? ""),
      model: String(form.get("model") ?? ""),
      filter: filterOf(form),
    });
  }

  return (
    <form onSubmit={submit} className="grid gap-4 md:grid-cols-3">
      <Field label="Name">
        <Input name="name" required maxLength={200} placeholder="Churn feedback" />
      </Field>
      <Field label="Model">
        <Select name="model" required>
          {models.map((m) => (
            <option key={m.key} value={m.key}>
              {m.name} ({m.key})
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Label source" hint="Review labels first, then outcomes, for “both”.">
        <Select name="labelSource" defaultValue="both">
          <option value="both">Reviewed, else outcome</option>
          <option value="reviewed">Reviewed only</option>
          <option value="outcome">Outcomes only</option>
        </Select>
      </Field>
      <Field label="Model versions" hint="Comma-separated; empty for all.">
        <Input name="modelVersions" placeholder="2026.11.3, 2026.12.1" />
      </Field>
      <Field label="Regions" hint={regionHint}>
        <Input name="regions" placeholder="eu-west" />
      </Field>
      <Field label="Clients" hint="Comma-separated; empty for all.">
        <Input name="clients" placeholder="acme" />
      </Field>
      <Field label="From (UTC)" hint="Prediction time, inclusive.">
        <Input name="from" type="date" />
      </Field>
      <Field label="To (UTC)" hint="Exclusive.">
        <Input name="to" type="date" />
      </Field>
      <Field
        label="Minimum agreement (%)"
        hint="Share of reviewers agreeing with the label."
      >
        <Input
          name="minAgreement"
          type="number"
          min={0}
          max={100}
          step={1}
          placeholder="—"
        />
      </Field>
      <div className="flex items-center gap-3 md:col-span-3">
        <Button type="submit" disabled={create.isPending || models.length === 0}>
          {create.isPending ? "Creating…" : "Create dataset"}
        </Button>
        <ErrorNote error={create.error} />
      </div>
    </form>
  );
}
