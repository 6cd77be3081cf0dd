// A background loop: runs `tick` again at once while it reports more work, else waits `idleMs` or a wake-up.
import type { FastifyBaseLogger } from "fastify";

export interface Loop {
  wake(): void;
  stop(): Promise<void>;
  /** Resolves when a tick finds nothing left to do (tests wait on it). */
  idle(): Promise<void>;
}

/** `gatherMs`: a wake-up waits this long, so that a burst of wake-ups (one per stored webhook) becomes one tick. */
export function startLoop(
  name: string,
  log: FastifyBaseLogger,
  idleMs: number,
  tick: () => Promise<boolean>,
  gatherMs = 0,
): Loop {
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let wakeUp: (() => void) | null = null;
  let idleWaiters: (() => void)[] = [];

  const running = (async () => {
    while (!stopped) {
      let more = false;
      try {
        more = await tick();
      } catch (error) {
        log.error({ err: error, worker: name }, "worker tick failed");
      }
      if (more || stopped) continue;
      for (const resolve of idleWaiters) resolve();
      idleWaiters = [];
      await new Promise<void>((resolve) => {
        wakeUp = resolve;
        timer = setTimeout(resolve, idleMs);
      });
      wakeUp = null;
    }
  })();

  return {
    wake: () => {
      const resolve = wakeUp;
      if (!resolve) return;
      wakeUp = null;
      if (gatherMs > 0) setTimeout(resolve, gatherMs);
      else resolve();
    },
    idle: () => new Promise<void>((resolve) => idleWaiters.push(resolve)),
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      wakeUp?.();
      await running;
      for (const resolve of idleWaiters) resolve();
    },
  };
}
