/**
 * The newcomer's command: builds Tideline if the build is missing or older
 * than the sources, then serves it (on the embedded database unless
 * DATABASE_URL is set). The server prints the URL and the first login.
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

import { serverCommand } from "./server-command";

const SOURCES = [
  "app",
  "components",
  "lib",
  "db",
  "instrumentation.ts",
  "next.config.ts",
];
const BUILD_ID = path.join(".next", "BUILD_ID");

function newestChange(entry: string): number {
  if (!fs.existsSync(entry)) return 0;

  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(
    stat.mtimeMs,
    ...fs.readdirSync(entry).map((name) => newestChange(path.join(entry, name))),
  );
}

function buildIsCurrent(): boolean {
  if (!fs.existsSync(BUILD_ID)) return false;
  const built = fs.statSync(BUILD_ID).mtimeMs;
  return SOURCES.every((source) => newestChange(source) <= built);
}

function main() {
  if (!buildIsCurrent()) {
    console.log("Building Tideline (about half a minute)…");
    const build = spawnSync("node_modules/.bin/next", ["build"], { stdio: "inherit" });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }

  const port = process.env.PORT ?? "3000";
  const env = {
    ...process.env,
    PORT: port,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
  };
  const where = process.env.DATABASE_URL
    ? "PostgreSQL"
    : "the embedded database in data/";
  console.log(`Starting Tideline on ${where}…`);

  const [command, args] = serverCommand(["-p", port]);
  const server = spawn(command, args, {
    env,
    stdio: "inherit",
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => server.kill(signal));
  }
  server.on("exit", (code) => process.exit(code ?? 0));
}

main();
