"use client";

import { signIn } from "next-auth/react";
import { useRouter, useSearchParams } from "next/navigation";
import { type FormEvent, useState, useSyncExternalStore } from "react";

import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/form";

export function SignInForm({ oidcName }: { oidcName: string | null }) {
  const router = useRouter();
  const searchParams = useSearchParams();
  const [error, setError] = useState<string | null>(
    searchParams.get("error")
      ? "Sign-in failed. Check your details or ask an admin."
      : null,
  );
  const [pending, setPending] = useState(false);
  // Until the page's script runs, a click would make the browser submit the
  // form by itself; the button stays disabled so credentials never go that way.
  const ready = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);

    const result = await signIn("credentials", {
      email: String(form.get("email")),
      password: String(form.get("password")),
      redirect: false,
    });

    setPending(false);
    if (!result || result.error) {
      setError("Wrong e-mail or password.");
      return;
    }
    router.replace(safeCallback(searchParams.get("callbackUrl")));
    router.refresh();
  }

  return (
    <div className="space-y-5">
      <form method="post" onSubmit={submit} className="space-y-4">
        <Field label="E-mail">
          <Input name="email" type="email" autoComplete="username" required autoFocus />
        </Field>
        <Field label="Password">
          <Input
            name="password"
            type="password"
            autoComplete="current-password"
            required
          />
        </Field>
        {error ? (
          <p
            role="status"
            className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800 ring-1 ring-red-200"
          >
            {error}
          </p>
        ) : null}
        <Button type="submit" className="w-full" disabled={pending || !ready}>
          {pending ? "Signing in…" : "Sign in"}
        </Button>
      </form>
      {oidcName ? (
        <Button
          variant="secondary"
          className="w-full"
          onClick={() => signIn("oidc", { callbackUrl: "/" })}
        >
          Continue with {oidcName}
        </Button>
      ) : null}
    </div>
  );
}

const noSubscription = () => () => {};

/** Only same-site paths: an open redirect would help phishing. */
function safeCallback(value: string | null): string {
  if (!value) return "/";
  try {
    const url = new URL(value, window.location.origin);
    return url.origin === window.location.origin ? `${url.pathname}${url.search}` : "/";
  } catch {
    return "/";
  }
}
