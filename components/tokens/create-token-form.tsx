"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";

import { Button } from "@/components/ui/button";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { ErrorNote, Field, Input, Select } from "@/components/ui/form";
import type { Scope } from "@/lib/auth/scopes";
import { api } from "@/lib/client/api";
import type { TokenView } from "@/lib/contract/tokens";

import { CreatedSecret } from "./created-secret";

export function CreateTokenForm({
  grantable,
  regions,
  allowService,
}: {
  grantable: readonly Scope[];
  regions: readonly string[];
  allowService: boolean;
}) {
  const queryClient = useQueryClient();
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const create = useMutation({
    mutationFn: (body: unknown) =>
      api<{ token: TokenView; secret: string }>("/api/v1/tokens", {
        method: "POST",
        body,
      }),
    onSuccess: (result) => {
      setCreated({ name: result.token.name, secret: result.secret });
      void queryClient.invalidateQueries({ queryKey: ["tokens"] });
    },
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const chosenRegions = form.getAll("regions").map(String);
    const days = String(form.get("expires"));
    create.mutate({
      name: String(form.get("name") ?? ""),
      kind: String(form.get("kind") ?? "personal"),
      scopes: form.getAll("scopes").map(String),
      regions: chosenRegions.length > 0 ? chosenRegions : null,
      expiresInDays: days === "never" ? null : Number(days),
    });
    event.currentTarget.reset();
  }

  if (created) return <CreatedSecret {...created} onDone={() => setCreated(null)} />;

  return (
    <form onSubmit={submit} className="grid gap-4 md:grid-cols-2">
      <Field
        label="Name"
        hint="What uses it, for example “churn service” or “my notebook”."
      >
        <Input name="name" required maxLength={120} placeholder="churn service" />
      </Field>
      <div className="grid grid-cols-2 gap-4">
        {allowService ? (
          <Field label="Kind" hint="A service token belongs to no person.">
            <Select name="kind" defaultValue="personal">
              <option value="personal">Personal</option>
              <option value="service">Service</option>
            </Select>
          </Field>
        ) : null}
        <Field label="Expires">
          <Select name="expires" defaultValue="90">
            <option value="30">in 30 days</option>
            <option value="90">in 90 days</option>
            <option value="365">in a year</option>
            <option value="never">never</option>
          </Select>
        </Field>
      </div>
      <CheckboxGroup
        name="scopes"
        legend="Scopes"
        options={grantable}
        renderOption={(scope) => <code>{scope}</code>}
        className="md:col-span-2"
      />
      {regions.length > 0 ? (
        <CheckboxGroup
          name="regions"
          legend="Limit to regions"
          hint="none ticked: all yours"
          options={regions}
          className="md:col-span-2"
        />
      ) : null}
      <div className="flex items-center gap-3 md:col-span-2">
        <Button type="submit" disabled={create.isPending}>
          {create.isPending ? "Creating…" : "Create token"}
        </Button>
        <ErrorNote error={create.error} />
      </div>
    </form>
  );
}
