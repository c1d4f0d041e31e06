import postgres from "postgres";

const BASE_URL =
  process.env.TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

export function adminUrl(): string {
  return BASE_URL;
}

export function databaseUrl(name: string): string {
  const url = new URL(BASE_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Drops a database the tests made, and nothing else: the name is checked first. */
export async function dropTestDatabase(name: string) {
  await onAdmin(checkedName(name), (n) => `drop database if exists "${n}" with (force)`);
}

/** An empty database of this name, dropped first if an earlier run left it: its URL. */
export async function freshTestDatabase(name: string): Promise<string> {
  await dropTestDatabase(name);
  await onAdmin(name, (n) => `create database "${n}"`);
  return databaseUrl(name);
}

function checkedName(name: string): string {
  if (!/^tideline_(test|e2e|bench)_[a-z0-9_]+$/.test(name)) {
    throw new Error(`refusing to drop "${name}": not a Tideline test database`);
  }
  return name;
}

async function onAdmin(name: string, statement: (name: string) => string) {
  const admin = postgres(BASE_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(statement(name));
  await admin.end();
}
