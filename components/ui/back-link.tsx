import Link from "next/link";
import type { ReactNode } from "react";

/** The way back to the parent page, above a page's title. */
export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <p className="mb-2 text-sm">
      <Link href={href} className="text-tide-700 hover:underline">
        ← {children}
      </Link>
    </p>
  );
}
