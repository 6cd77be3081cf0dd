// Acknowledging webhooks and applying them share one process's CPU. While applying keeps up, acknowledgements come
// first: the inbox worker gives way while they queue. Once applying falls more than APPLY_LAG_TARGET_MS behind, a
// webhook waits before it is handled until a message has been applied, so acknowledgements run at the rate applying
// sustains instead of running ahead of it, and a storm is applied within about that long of its end instead of a
// backlog of seconds (docs/performance.md, "Applying keeps up"). A webhook is never held longer than MAX_HOLD_MS.

/** More webhooks in flight than this means they are queueing for the CPU or the database. */
const QUEUEING = 64;
/** How far applying may fall behind (the age of the oldest message being applied) before webhooks wait for it. */
export const APPLY_LAG_TARGET_MS = 1_000;
/**
 * How many webhooks may run ahead of applying once it is behind: about one batch, so that acknowledgements go on while
 * the database applies a batch instead of the process idling between them (a window, not a gate that shuts).
 */
export const AHEAD = 500;
/** Well inside every provider's answer timeout: past it a webhook is handled whatever the backlog. */
export const MAX_HOLD_MS = 2_000;

export interface IngestPressure {
  /** Webhooks being handled or waiting to be. */
  inFlight: number;
  /** More webhooks in flight than the worker should compete with. */
  queueing(): boolean;
  /** Milliseconds applying is behind: since the oldest message of the batches being applied was received. */
  lagMs(now?: number): number;
  /** Resolves when a webhook may be handled: at once while applying keeps up. */
  admit(): Promise<void> | undefined;
  /** An inbox lane took a batch whose oldest message was received at `oldestAt` (epoch ms); null: it found none. */
  claimed(lane: number, oldestAt: number | null): void;
  /** An inbox lane applied (or settled otherwise) `count` messages. */
  applied(count: number): void;
}

interface Held {
  since: number;
  release: () => void;
}

/** `ahead`: how many webhooks may run ahead of applying once it is behind (AHEAD; tests set a small one). */
export function ingestPressure(ahead = AHEAD): IngestPressure {
  const oldestByLane = new Map<number, number>();
  const held: Held[] = [];
  // While behind, each settled message lets one held or new webhook through, beyond the first AHEAD.
  let credit = ahead;
  let sweep: NodeJS.Timeout | null = null;

  const lagMs = (now = Date.now()) => {
    let oldest = Infinity;
    for (const at of oldestByLane.values()) oldest = Math.min(oldest, at);
    return oldest === Infinity ? 0 : now - oldest;
  };
  const behind = () => lagMs() > APPLY_LAG_TARGET_MS;

  const release = () => {
    const now = Date.now();
    const keepingUp = !behind();
    while (held.length > 0) {
      const first = held[0] as Held;
      if (keepingUp || now - first.since >= MAX_HOLD_MS) held.shift();
      else if (credit > 0) {
        credit--;
        held.shift();
      } else break;
      first.release();
    }
    if (keepingUp) credit = ahead;
    if (held.length === 0 && sweep) {
      clearInterval(sweep);
      sweep = null;
    }
  };

  const pressure: IngestPressure = {
    inFlight: 0,
    queueing: () => pressure.inFlight > QUEUEING,
    lagMs,
    admit() {
      if (held.length === 0 && !behind()) return undefined;
      if (held.length === 0 && credit > 0) {
        credit--;
        return undefined;
      }
      return new Promise<void>((resolve) => {
        held.push({ since: Date.now(), release: resolve });
        // The hold limit holds even when no batch finishes (a stalled database).
        sweep ??= setInterval(release, 100);
      });
    },
    claimed(lane, oldestAt) {
      if (oldestAt === null) oldestByLane.delete(lane);
      else oldestByLane.set(lane, oldestAt);
      release();
    },
    applied(count) {
      credit += count;
      release();
    },
  };
  return pressure;
}
