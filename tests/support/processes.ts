/**
 * The machine's processes as /proc lists them: for the benchmarks' CPU split
 * (a server's process tree) and for tests of the server's workers.
 */
import fs from "node:fs";

const TICKS_PER_SECOND = 100;

export interface ProcessEntry {
  pid: number;
  parent: number;
  /** CPU seconds, user and system. */
  seconds: number;
}

export function listProcesses(): ProcessEntry[] {
  return fs
    .readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .flatMap((pid) => {
      const stat = readStat(pid);
      return stat ? [{ pid: Number(pid), ...stat }] : [];
    });
}

/** The processes whose parent is `parent`: a launcher's workers. */
export function childPids(parent: number): number[] {
  return listProcesses()
    .filter((p) => p.parent === parent)
    .map((p) => p.pid);
}

function readStat(pid: string): Omit<ProcessEntry, "pid"> | null {
  let stat: string;
  try {
    stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return null; // it ended since the listing
  }
  // Fields after the command's closing parenthesis: the parent is the 2nd,
  // utime and stime the 12th and 13th.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return {
    parent: Number(fields[1]),
    seconds: (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND,
  };
}
