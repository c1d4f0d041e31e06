"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

import { ADMIN_TABS } from "@/components/shell/nav-items";

export function AdminTabs() {
  const pathname = usePathname();

  return (
    <nav aria-label="Admin" className="mb-6 flex gap-1 border-b border-slate-200">
      {ADMIN_TABS.map((tab) => {
        const active = pathname === tab.href;
        return (
          <Link
            key={tab.href}
            href={tab.href}
            aria-current={active ? "page" : undefined}
            className={
              "-mb-px border-b-2 px-3 py-2 text-sm font-medium " +
              (active
                ? "border-tide-600 text-tide-800"
                : "border-transparent text-slate-500 hover:border-slate-300 hover:text-slate-800")
            }
          >
            {tab.label}
          </Link>
        );
      })}
    </nav>
  );
}
