import type { NextConfig } from "next";

const config: NextConfig = {
  // Keep the database drivers out of the bundle: bundled, PGlite's
  // WebAssembly and data files would be served publicly as static media.
  serverExternalPackages: ["@electric-sql/pglite", "postgres", "pino"],
  poweredByHeader: false,
  typedRoutes: false,
  // Keep `next dev` from writing an AGENTS.md into the project root.
  agentRules: false,
};

export default config;
