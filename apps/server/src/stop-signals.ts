// A clean stop on SIGTERM or SIGINT, sent to the launcher or to this process: stop taking requests, finish or refuse
// what is in flight, stop the workers and sandboxes, close the database, exit. Past the deadline, or on a second
// signal, it exits at once: an orchestrator's stop must never leave the process holding its ports.
import type { FastifyBaseLogger } from "fastify";

export const STOP_DEADLINE_MS = 8_000;
// Ctrl-C reaches the whole process group, and the launcher (and npm) pass it on as well: copies of the first signal
// arriving this soon are the same stop, not the "second signal" that means "now".
const SAME_STOP_MS = 1_000;

export function onStopSignals(stop: () => Promise<void>, log: FastifyBaseLogger, deadlineMs = STOP_DEADLINE_MS): void {
  let stoppingSince: number | null = null;
  const exitCode = (signal: NodeJS.Signals) => (signal === "SIGINT" ? 130 : 143);
  const handle = (signal: NodeJS.Signals) => {
    if (stoppingSince !== null) {
      if (Date.now() - stoppingSince < SAME_STOP_MS) return;
      log.warn({ signal }, "second signal: exiting now");
      process.exit(exitCode(signal));
    }
    stoppingSince = Date.now();
    log.info({ signal }, "stopping");
    setTimeout(() => {
      log.error({ signal, deadlineMs }, "not stopped in time: exiting now");
      process.exit(1);
    }, deadlineMs).unref();
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, "stop failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", handle);
  process.on("SIGTERM", handle);
}
