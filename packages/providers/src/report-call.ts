// Report fetches are provider calls too: each HTTP request is recorded in provider_calls as operation "report".
import type { CallContext } from "./connector.ts";
import type { RawReply } from "./http-call.ts";

export async function recordReportCall<C>(ctx: CallContext<C>, reply: RawReply, error: string | null): Promise<void> {
  await ctx.recordCall({
    accountId: ctx.account.id,
    provider: ctx.account.provider,
    operation: "report",
    startedAt: reply.startedAt,
    durationMs: reply.durationMs,
    httpStatus: reply.httpStatus,
    outcome:
      reply.httpStatus === null
        ? reply.failure === "timeout"
          ? "timeout"
          : "error"
        : error
          ? reply.httpStatus >= 500
            ? "error"
            : "rejected"
          : "ok",
    providerUid: null,
    idempotencyKey: null,
    error: reply.error ?? error,
  });
}

/** "Unknown" for no answer or a server error, "rejected" for a refusal: the same split as every other call. */
export function failureState(reply: RawReply): "rejected" | "unknown" {
  return reply.httpStatus === null || reply.httpStatus >= 500 || reply.httpStatus === 429 ? "unknown" : "rejected";
}

/** Day boundaries of a period as calendar days in a clock `offsetMs` ahead of UTC, inclusive. */
export function daysCovering(period: { from: Date; to: Date }, offsetMs = 0): string[] {
  const days: string[] = [];
  const first = new Date(period.from.getTime() + offsetMs);
  const last = new Date(period.to.getTime() - 1 + offsetMs);
  for (
    let d = Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), first.getUTCDate());
    d <= last.getTime();
    d += 86_400_000
  ) {
    days.push(new Date(d).toISOString().slice(0, 10));
  }
  return days;
}
