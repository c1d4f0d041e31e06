import os from "node:os";
import path from "node:path";

import { defineConfig } from "@playwright/test";

import { baseUrl, PGLITE_PORT, POSTGRES_PORT } from "./e2e/support/servers";

const browserHome = path.join(os.tmpdir(), "tideline-e2e-browser");

const chromium = {
  browserName: "chromium" as const,
  viewport: { width: 1280, height: 800 },
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
    env: {
      ...process.env,
      HOME: browserHome,
      XDG_CONFIG_HOME: path.join(browserHome, "config"),
      XDG_CACHE_HOME: path.join(browserHome, "cache"),
    } as Record<string, string>,
  },
};

function server(kind: "postgres" | "pglite", port: number) {
  return {
    command: `node_modules/.bin/tsx scripts/e2e-server.ts ${kind} ${port}`,
    url: `${baseUrl(port)}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe" as const,
    stderr: "pipe" as const,
  };
}

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: [["list"]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  webServer: [server("postgres", POSTGRES_PORT), server("pglite", PGLITE_PORT)],
  projects: [
    { name: "api", testDir: "e2e/api", use: { baseURL: baseUrl(POSTGRES_PORT) } },
    {
      name: "ui",
      testDir: "e2e/ui",
      use: {
        ...chromium,
        baseURL: baseUrl(POSTGRES_PORT),
        screenshot: "only-on-failure",
      },
    },
    {
      name: "embedded",
      testDir: "e2e/embedded",
      use: { ...chromium, baseURL: baseUrl(PGLITE_PORT) },
    },
  ],
});
