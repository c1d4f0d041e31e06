"use client";

import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: "/signin" })}
      className={
        "rounded-md px-2 py-1 text-xs font-medium text-tide-100 ring-1 ring-tide-700 " +
        "hover:bg-tide-800 hover:text-white"
      }
    >
      Sign out
    </button>
  );
}
