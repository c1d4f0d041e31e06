"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";

import { Button } from "@/components/ui/button";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { CopyButton } from "@/components/ui/copy-button";
import { ErrorNote, Field, Input, Select } from "@/components/ui/form";
import { ROLE_LABELS } from "@/lib/auth/scopes";
import { api } from "@/lib/client/api";
import type { UserView } from "@/lib/contract/users";

export function UserForm({ regions }: { regions: readonly string[] }) {
  const queryClient = useQueryClient();
  const [created, setCreated] = useState<{ email: string; password?: string } | null>(
    null,
  );
  const create = useMutation({
    mutationFn: (body: unknown) =>
      api<{ user: UserView; password?: string }>("/api/v1/users", {
        method: "POST",
        body,
      }),
    onSuccess: (result) => {
      setCreated({ email: result.user.email, password: result.password });
      void queryClient.invalidateQueries({ queryKey: ["users"] });
    },
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    create.mutate({
      email: String(form.get("email")),
      name: String(form.get("name")),
      role: String(form.get("role")),
      regions: form.getAll("regions").map(String),
    });
    event.currentTarget.reset();
  }

  return (
    <form onSubmit={submit} className="grid gap-4 md:grid-cols-3">
      <Field label="E-mail">
        <Input name="email" type="email" required placeholder="ana@example.com" />
      </Field>
      <Field label="Name">
        <Input name="name" required maxLength={120} placeholder="Ana Lima" />
      </Field>
      <Field label="Role">
        <Select name="role" defaultValue="reviewer">
          {Object.entries(ROLE_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </Select>
      </Field>
      <CheckboxGroup
        name="regions"
        legend="Regions"
        hint="admins see every region"
        options={regions}
        empty="No regions yet: add one on the Regions tab."
        className="md:col-span-3"
      />
      <div className="flex flex-wrap items-center gap-3 md:col-span-3">
        <Button type="submit" disabled={create.isPending}>
          {create.isPending ? "Adding…" : "Add user"}
        </Button>
        <ErrorNote error={create.error} />
        {created?.password ? (
          <div
            role="status"
            className={
              "bg-tide-50 flex items-center gap-2 rounded-md px-3 py-2 text-sm " +
              "text-tide-900 ring-tide-200 ring-1"
            }
          >
            <span>
              {created.email} can sign in with{" "}
              <code className="font-mono">{created.password}</code> (shown once)
            </span>
            <CopyButton text={created.password} label="Copy password" />
          </div>
        ) : null}
      </div>
    </form>
  );
}
