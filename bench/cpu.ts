/**
 * CPU time by process group, read from /proc: what a phase of a benchmark
 * cost the server (all its workers), this benchmark process, and everything else (PostgreSQL's
 * backends and background workers, on a machine doing nothing else). A V8
 * profile cannot tell this on two busy cores: a descheduled thread's samples
 * land on whatever it was doing.
 */
import fs from "node:fs";

import { listProcesses } from "../tests/support/processes";

const TICKS_PER_SECOND = 100;

export interface CpuSnapshot {
  total: number;
  server: number;
  self: number;
}

export function cpuSnapshot(serverPid: number | undefined): CpuSnapshot {
  const [, ...fields] = fs
    .readFileSync("/proc/stat", "utf8")
    .split("\n")[0]!
    .split(/\s+/);
  // user nice system idle iowait irq softirq steal: busy is all but idle and iowait.
  const ticks = fields.slice(0, 8).map(Number);
  const busy = ticks.reduce((a, b) => a + b, 0) - ticks[3]! - ticks[4]!;
  const self = process.cpuUsage();

  return {
    total: busy / TICKS_PER_SECOND,
    server: serverPid ? treeSeconds(serverPid) : 0,
    self: (self.user + self.system) / 1e6,
  };
}

/** Microseconds of CPU per row of each group between two snapshots. */
export function cpuPerRow(before: CpuSnapshot, after: CpuSnapshot, rows: number) {
  const perRow = (seconds: number) => (seconds * 1e6) / rows;
  const server = after.server - before.server;
  const self = after.self - before.self;
  const total = after.total - before.total;

  return {
    server: perRow(server),
    client: perRow(self),
    database: perRow(Math.max(0, total - server - self)),
    total: perRow(total),
  };
}

/** CPU seconds of a process and its descendants (the server's workers). */
function treeSeconds(root: number): number {
  const processes = listProcesses();

  const inTree = new Set([root]);
  // Parents come before children in pid order only usually: repeat until stable.
  for (let grew = true; grew;) {
    grew = false;
    for (const p of processes) {
      if (inTree.has(p.pid) || !inTree.has(p.parent)) continue;
      inTree.add(p.pid);
      grew = true;
    }
  }
  return processes
    .filter((p) => inTree.has(p.pid))
    .reduce((sum, p) => sum + p.seconds, 0);
}
