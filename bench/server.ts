import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";

import { serverCommand } from "../scripts/server-command";

export const BENCH_TOKEN = "tdl_bench_admin_token_0123456789abcdefghij";

export function ensureBuild() {
  if (fs.existsSync(".next/BUILD_ID")) return;
  const build = spawnSync("node_modules/.bin/next", ["build"], { stdio: "inherit" });
  if (build.status !== 0) throw new Error("next build failed");
}

/** Starts the production server on the given database; resolves once healthy. */
export async function startServer(port: number, database: Record<string, string>) {
  // BENCH_CPU_PROFILE=<dir> writes the server's V8 CPU profile there on exit.
  const profile = process.env.BENCH_CPU_PROFILE;
  const [command, args] = serverCommand(["-p", String(port), "-H", "127.0.0.1"]);
  const server = spawn(
    command,
    [...(profile ? ["--cpu-prof", `--cpu-prof-dir=${profile}`] : []), ...args],
    {
      env: {
        ...process.env,
        ...database,
        NODE_ENV: "production",
        PORT: String(port),
        NEXTAUTH_URL: `http://127.0.0.1:${port}`,
        TIDELINE_ADMIN_TOKEN: BENCH_TOKEN,
        TIDELINE_ADMIN_PASSWORD: "bench password 1",
        TIDELINE_DEMO: "off",
        TIDELINE_RATE_LIMIT_PER_SECOND: "1000000",
        LOG_LEVEL: "warn",
      },
      stdio: ["ignore", "ignore", "inherit"],
    },
  );

  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240; i++) {
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { url, pid: server.pid, stop: () => stopServer(server) };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  server.kill();
  throw new Error("server did not start");
}

function stopServer(server: ReturnType<typeof spawn>) {
  return new Promise<void>((resolve) => {
    server.on("exit", () => resolve());
    server.kill("SIGTERM");
  });
}

/** Calls the API; a string body is sent as it is (already serialized JSON). */
export async function api(url: string, path: string, method: string, body: unknown) {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${BENCH_TOKEN}`,
      "content-type": "application/json",
    },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  if (!response.ok)
    throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

// Keep-alive connections, as a model service's HTTP client keeps them.
const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });

/**
 * Posts an encoded JSON body with node:http, the load generator's sending
 * path: on a two-core machine its CPU is taken from the server's, and fetch
 * spends about five times as much per byte sent (measured with bench/cpu.ts).
 */
export function postJson(url: string, path: string, body: Buffer): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${url}${path}`,
      {
        method: "POST",
        agent,
        headers: {
          Authorization: `Bearer ${BENCH_TOKEN}`,
          "content-type": "application/json",
          "content-length": body.length,
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          if (response.statusCode !== 200 && response.statusCode !== 201) {
            reject(new Error(`POST ${path}: ${response.statusCode} ${text}`));
          } else resolve(JSON.parse(text));
        });
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, rank)]!;
}
