import type { Scope } from "@/lib/auth/scopes";

export interface NavItem {
  href: string;
  label: string;
  scope: Scope | null;
}

/** The main navigation; each item shows for actors holding its scope. */
export const NAV_ITEMS: NavItem[] = [
  { href: "/queue", label: "Queue", scope: "review" },
  { href: "/models", label: "Models", scope: "metrics:read" },
  { href: "/datasets", label: "Datasets", scope: "datasets:read" },
  { href: "/admin/users", label: "Admin", scope: "admin" },
  { href: "/tokens", label: "API tokens", scope: null },
];

export const ADMIN_TABS = [
  { href: "/admin/users", label: "Users" },
  { href: "/admin/tokens", label: "Tokens" },
  { href: "/admin/regions", label: "Regions" },
  { href: "/admin/audit", label: "Audit trail" },
];
