// Where the machine's CPU went during a step (Linux /proc): the busy and stolen shares of all its CPU time, and the CPU
// of the local PostgreSQL's processes. On 2 shared cores the rates mean little without them: the database, the servers
// and the sender take from one budget, and a virtual machine's host may take some of it (steal).
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

function postgresCpu(): Map<number, number> {
  const out = new Map<number, number>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      if (!stat.slice(stat.indexOf("(") + 1).startsWith("postgres")) continue;
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      out.set(Number(name), (Number(fields[11]) + Number(fields[12])) / TICKS_PER_S);
    } catch {
      // The process ended between the listing and the read.
    }
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
