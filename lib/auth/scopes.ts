import type { Role } from "@/db/schema";

export const SCOPES = [
  "ingest",
  "review",
  "datasets:read",
  "datasets:write",
  "metrics:read",
  "admin",
] as const;
export type Scope = (typeof SCOPES)[number];

/** What each role may do; a personal token can carry at most its owner's scopes. */
export const ROLE_SCOPES: Record<Role, readonly Scope[]> = {
  admin: SCOPES,
  data_scientist: ["datasets:read", "datasets:write", "metrics:read"],
  lead_reviewer: ["review", "metrics:read"],
  reviewer: ["review"],
};

export const ROLE_LABELS: Record<Role, string> = {
  admin: "Admin",
  data_scientist: "Data scientist",
  lead_reviewer: "Lead reviewer",
  reviewer: "Reviewer",
};
