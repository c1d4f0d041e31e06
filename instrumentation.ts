/** Runs once per server process: migrations, bootstrap and the start-up banner. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;

  const { startServer } = await import("./lib/server/startup");
  await startServer();
}
