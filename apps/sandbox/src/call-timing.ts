// What every emulator's API does around a call: read X-Sandbox-Time for back-fill, then answer after docs/traffic.md's
// latency.
import type { FastifyRequest } from "fastify";
import type { Rng } from "./random.ts";
import { apiLatencyMs, type CallKind, type Timers } from "./timing.ts";

/** Route plugins get these from http-server: one latency stream and one timer registry per sandbox. */
export interface CallTiming {
  latencyScale: number;
  /** Run-time API incident (demo mode): shared by reference, so a switch applies to the next call. */
  incident: ApiIncident;
  latencyRng: Rng;
  timers: Timers;
  allowTimeTravel: boolean;
}

/** An API slow-down or outage: latency × latencyMultiplier, and failureRate of live calls answered 503 unprocessed. */
export interface ApiIncident {
  latencyMultiplier: number;
  failureRate: number;
}

/** When a call happened, and whether that is the past (a back-fill through X-Sandbox-Time). */
export interface CallTime {
  at: Date;
  backdated: boolean;
}

/** The first value of a request header (node gives repeated ones as an array). */
export function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** When the call happens: X-Sandbox-Time if back-fill is allowed and sent, else now; null when it is not a date. */
export function callTime(request: FastifyRequest, timing: CallTiming): CallTime | null {
  const travel = timing.allowTimeTravel ? header(request, "x-sandbox-time") : undefined;
  const at = travel ? new Date(travel) : new Date();
  return Number.isNaN(at.getTime()) ? null : { at, backdated: Boolean(travel) };
}

/** Waits out the simulated latency; back-filled calls answer at once so a back-fill of months runs in seconds. */
export async function simulateLatency(timing: CallTiming, kind: CallKind, backdated: boolean): Promise<void> {
  if (!backdated)
    await timing.timers.sleep(
      apiLatencyMs(timing.latencyRng, kind) * timing.latencyScale * timing.incident.latencyMultiplier,
    );
}
