import Link from "next/link";

import { buttonClass } from "@/components/ui/button";

/** Forward paging by cursor; "First page" goes back to the start. */
export function Pager({ first, next }: { first: string | null; next: string | null }) {
  if (!first && !next) return null;
  return (
    <nav aria-label="Pages" className="mt-4 flex justify-end gap-2">
      {first ? (
        <Link href={first} className={buttonClass("secondary", "sm")}>
          First page
        </Link>
      ) : null}
      {next ? (
        <Link href={next} className={buttonClass("secondary", "sm")}>
          Next page
        </Link>
      ) : null}
    </nav>
  );
}
