import { randomBytes } from "node:crypto";

import postgres from "postgres";
import type { TestProject } from "vitest/node";

import { adminUrl, databaseUrl, dropTestDatabase } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

/** One fresh PostgreSQL database for the whole run, dropped at its end. */
export default async function setup(project: TestProject) {
  const name = `tideline_test_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const admin = postgres(adminUrl(), { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  await admin.end();

  project.provide("postgresUrl", databaseUrl(name));
  return () => dropTestDatabase(name);
}
