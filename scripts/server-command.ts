/**
 * How the production server is started, by `npm run up`, `npm start`, the
 * end-to-end tests and the benchmarks alike: scripts/serve.mjs, which runs
 * `next start` in a worker per core (up to four) on PostgreSQL.
 *
 * A 64 MB young generation (V8's default is 16 MB): an ingest request parses,
 * validates and re-serializes a few megabytes of short-lived objects, and in
 * a small nursery they survive into the old generation, where collecting them
 * cost a seventh of the server's time.
 */
const SERVER_NODE_FLAGS = ["--max-semi-space-size=64"];

export function serverCommand(args: string[]): [string, string[]] {
  return [process.execPath, [...SERVER_NODE_FLAGS, "scripts/serve.mjs", ...args]];
}
