import fs from "node:fs";
import path from "node:path";

const LOCK_FILE = "tideline.pid";

/**
 * PGlite has no lock between processes, and two writers corrupt a data folder.
 * The process that opens the folder writes its pid; a second one refuses.
 */
export function lockDataDir(dataDir: string): () => void {
  const file = path.join(dataDir, LOCK_FILE);
  const holder = readHolder(file);

  if (holder !== null && holder !== process.pid && isAlive(holder)) {
    throw new Error(
      `The data folder ${dataDir} is in use by process ${holder} (a running Tideline?). ` +
        "Stop it first, or use the HTTP API of the running server.",
    );
  }

  fs.writeFileSync(file, String(process.pid));
  return () => {
    if (readHolder(file) === process.pid) fs.rmSync(file, { force: true });
  };
}

function readHolder(file: string): number | null {
  try {
    const pid = Number.parseInt(fs.readFileSync(file, "utf8"), 10);
    return Number.isFinite(pid) ? pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
