/**
 * Starts the production build for the end-to-end tests on a fresh database:
 * `tsx scripts/e2e-server.ts postgres|pglite PORT`.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { baseUrl, E2E_ADMIN } from "../e2e/support/servers";
import { serverCommand } from "./server-command";
import { freshTestDatabase } from "../tests/support/test-database";

async function freshPostgres(port: number) {
  return { DATABASE_URL: await freshTestDatabase(`tideline_e2e_${port}`) };
}

function freshPglite(port: number) {
  const dataDir = path.join(os.tmpdir(), `tideline-e2e-pglite-${port}`);
  fs.rmSync(dataDir, { recursive: true, force: true });
  return { TIDELINE_DATA_DIR: dataDir };
}

async function main() {
  const [kind, portText] = process.argv.slice(2);
  const port = Number(portText);
  if (!["postgres", "pglite"].includes(kind ?? "") || !port) {
    throw new Error("usage: tsx scripts/e2e-server.ts postgres|pglite PORT");
  }

  const database = kind === "postgres" ? await freshPostgres(port) : freshPglite(port);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...database,
    NODE_ENV: "production",
    PORT: String(port),
    NEXTAUTH_URL: baseUrl(port),
    NEXTAUTH_SECRET: E2E_ADMIN.sessionSecret,
    TIDELINE_ADMIN_EMAIL: E2E_ADMIN.email,
    TIDELINE_ADMIN_PASSWORD: E2E_ADMIN.password,
    TIDELINE_ADMIN_TOKEN: E2E_ADMIN.token,
    // The embedded server shows the first start as a newcomer sees it, demo
    // included; the PostgreSQL one starts empty for the API and UI tests.
    TIDELINE_DEMO: kind === "pglite" ? "on" : "off",
    LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
  };
  if (kind === "postgres") delete env.TIDELINE_DATA_DIR;
  else delete env.DATABASE_URL;

  const [command, args] = serverCommand(["-p", String(port), "-H", "127.0.0.1"]);
  const server = spawn(command, args, { env, stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => server.kill(signal));
  }
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
