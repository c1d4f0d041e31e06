"use client";

import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: "/signin" })}
      className={
        "text-tide-100 ring-tide-700 rounded-md px-2 py-1 text-xs font-medium ring-1 " +
        "hover:bg-tide-800 hover:text-white"
      }
    >
      Sign out
    </button>
  );
}
