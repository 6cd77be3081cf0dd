// Where the CPU went (Linux /proc): a process's own CPU, the busy and stolen shares of all the machine's CPU time, and the
// CPU of the local PostgreSQL's processes. On 2 shared cores the rates mean little without them: the database, the
// servers and the sender take from one budget, and a virtual machine's host may take some of it (steal).
import { readdirSync, readFileSync } from "node:fs";

export interface MachineSample {
  /** Clock ticks since boot: all, busy (user, nice, system, interrupts), stolen by the host. */
  total: number;
  busy: number;
  steal: number;
  /** CPU seconds of each process named postgres, by pid. */
  postgres: Map<number, number>;
}

const TICKS_PER_S = 100;

/** A process's command name and the CPU seconds (user + system) it has used so far (Linux /proc; null where none). */
function processStat(pid: number | string): { name: string; cpuSeconds: number } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return {
      name: stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")")),
      cpuSeconds: (Number(fields[11]) + Number(fields[12])) / TICKS_PER_S,
    };
  } catch {
    return null;
  }
}

/** CPU seconds (user + system) a process has used so far (NaN where there is none). */
export const cpuSeconds = (pid: number): number => processStat(pid)?.cpuSeconds ?? Number.NaN;

/** Milliseconds of CPU per 1,000 of `count` (webhooks, rows) from CPU seconds. */
export const msPer1k = (seconds: number, count: number): number => Math.round((seconds * 1e6) / Math.max(1, count));

function postgresCpu(): Map<number, number> {
  const out = new Map<number, number>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    // A process that ended between the listing and the read has no stat.
    const stat = processStat(name);
    if (stat?.name.startsWith("postgres")) out.set(Number(name), stat.cpuSeconds);
  }
  return out;
}

/** Null where there is no /proc (not Linux). */
export function machineSample(): MachineSample | null {
  try {
    const [user, nice, system, idle, iowait, irq, softirq, steal] = (readFileSync("/proc/stat", "utf8")
      .split("\n")[0]
      ?.split(/\s+/)
      .slice(1, 9)
      .map(Number) ?? []) as number[];
    const busy = (user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0);
    return {
      total: busy + (idle ?? 0) + (iowait ?? 0) + (steal ?? 0),
      busy,
      steal: steal ?? 0,
      postgres: postgresCpu(),
    };
  } catch {
    return null;
  }
}

export interface MachineShares {
  busyShare: number;
  stealShare: number;
  /** CPU seconds the database's processes used (those that ended within the step are missed). */
  postgresSeconds: number;
}

export function machineShares(before: MachineSample | null, after: MachineSample | null): MachineShares | null {
  if (!before || !after || after.total <= before.total) return null;
  const total = after.total - before.total;
  let postgresSeconds = 0;
  for (const [pid, seconds] of after.postgres) postgresSeconds += seconds - (before.postgres.get(pid) ?? 0);
  return {
    busyShare: (after.busy - before.busy) / total,
    stealShare: (after.steal - before.steal) / total,
    postgresSeconds,
  };
}
