import type { Metadata } from "next";
import { Suspense } from "react";

import { SignInForm } from "@/components/auth/sign-in-form";
import { Logo } from "@/components/shell/logo";
import { oidcProviders } from "@/lib/auth/session-options";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

export default function SignInPage() {
  const oidc = oidcProviders()[0];

  return (
    <div className="from-tide-900 to-tide-800 flex min-h-screen items-center justify-center bg-gradient-to-b px-4">
      <main className="w-full max-w-sm">
        <div className="mb-6 text-center text-white">
          <Logo className="text-2xl" />
          <p className="text-tide-100 mt-2 text-sm">
            Review what your models are unsure of.
          </p>
        </div>
        <div className="rounded-xl bg-white p-6 shadow-lg">
          <h1 className="mb-4 text-lg font-semibold text-slate-900">Sign in</h1>
          <Suspense>
            <SignInForm oidcName={oidc?.name ?? null} />
          </Suspense>
        </div>
      </main>
    </div>
  );
}
