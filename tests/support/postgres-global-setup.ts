import { randomBytes } from "node:crypto";

import type { TestProject } from "vitest/node";

import { dropTestDatabase, freshTestDatabase } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

/** One fresh PostgreSQL database for the whole run, dropped at its end. */
export default async function setup(project: TestProject) {
  const name = `tideline_test_${Date.now()}_${randomBytes(3).toString("hex")}`;
  project.provide("postgresUrl", await freshTestDatabase(name));
  return () => dropTestDatabase(name);
}
