import { spawnSync } from "node:child_process";
import path from "node:path";

import { expect, test } from "@playwright/test";

import { E2E_ADMIN } from "../support/servers";

const suite = path.resolve(__dirname, "../../clients/python/test_tideline_client.py");

/**
 * The Python client that model services copy runs its own tests against
 * this server, so a change to the API that breaks the client fails here.
 */
test("the Python client passes its tests against the server", ({ baseURL }) => {
  test.setTimeout(120_000);

  const run = spawnSync("python3", [suite], {
    env: { ...process.env, TIDELINE_URL: baseURL!, TIDELINE_TOKEN: E2E_ADMIN.token },
    encoding: "utf8",
    timeout: 110_000,
  });

  const output =
    `exit ${run.status}${run.error ? ` (${run.error.message})` : ""}\n` +
    `--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}`;
  expect(run.status, output).toBe(0);
});
