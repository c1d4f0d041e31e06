/**
 * `npm start` on PostgreSQL as an operator meets it (scripts/serve.mjs): it
 * refuses to run without its database, replaces a worker that dies, and stops
 * on SIGTERM.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";

import { expect, test } from "@playwright/test";

import { serverCommand } from "../../scripts/server-command";
import { childPids } from "../../tests/support/processes";
import { dropTestDatabase, freshTestDatabase } from "../../tests/support/test-database";

const PORT = 3130;
const DATABASE = "tideline_e2e_workers";

interface Started {
  server: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

const running: ChildProcess[] = [];
test.afterEach(() => {
  // Workers first: without their launcher they would keep the port.
  for (const server of running.splice(0)) {
    if (server.exitCode !== null) continue;
    for (const pid of childPids(server.pid!)) process.kill(pid, "SIGKILL");
    server.kill("SIGKILL");
  }
});

function startServer(env: Record<string, string>): Started {
  const [command, args] = serverCommand(["-p", String(PORT), "-H", "127.0.0.1"]);
  const server = spawn(command, args, {
    env: { ...process.env, NODE_ENV: "production", TIDELINE_DEMO: "off", ...env },
  });

  running.push(server);
  let output = "";
  server.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  server.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = once(server, "exit").then(([code]) => code as number | null);
  return { server, output: () => output, exited };
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

test("refuses to run when the database cannot be reached, with exit code 1", async () => {
  const { exited, output } = startServer({
    DATABASE_URL: "postgres://postgres@127.0.0.1:1/nowhere",
  });

  expect(await exited).toBe(1);
  expect(output()).toContain("server could not start");
  expect(output()).toContain("ECONNREFUSED");
});

test("refuses a worker count that is not a whole number", async () => {
  const { exited, output } = startServer({
    DATABASE_URL: "postgres://postgres@127.0.0.1:1/nowhere",
    TIDELINE_WORKERS: "two",
  });

  expect(await exited).toBe(1);
  expect(output()).toContain("TIDELINE_WORKERS must be a whole number above 0");
});

test("replaces a worker that dies, keeps answering, and stops on SIGTERM", async () => {
  const databaseUrl = await freshTestDatabase(DATABASE);

  const started = startServer({
    DATABASE_URL: databaseUrl,
    TIDELINE_WORKERS: "2",
    LOG_LEVEL: "warn",
  });
  const launcher = started.server.pid!;
  await expect.poll(() => childPids(launcher).length, { timeout: 30_000 }).toBe(2);
  await expect
    .poll(() => fetch(`http://127.0.0.1:${PORT}/signin`).then((r) => r.status), {
      timeout: 30_000,
    })
    .toBe(200);

  const [victim] = childPids(launcher);
  process.kill(victim!, "SIGKILL");

  await expect
    .poll(() => childPids(launcher).filter((pid) => pid !== victim).length, {
      timeout: 30_000,
    })
    .toBe(2);
  expect(started.output()).toContain("server worker exited; starting another");
  expect((await fetch(`http://127.0.0.1:${PORT}/signin`)).status).toBe(200);

  const workers = childPids(launcher);
  started.server.kill("SIGTERM");
  expect(await started.exited).toBe(0);
  expect(workers.filter(isRunning)).toEqual([]);
  await dropTestDatabase(DATABASE);
});
