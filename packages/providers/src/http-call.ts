// One HTTP call to a provider with a deadline, timed; every connector records it in provider_calls.
import { redactCardData } from "@paylens/domain/card";
import type { CallContext, CallOutcome, CallResult } from "./connector.ts";

export interface RawReply {
  httpStatus: number | null; // null: no answer (timeout or network error)
  text: string;
  headers: Headers | null;
  startedAt: Date;
  durationMs: number;
  failure: "timeout" | "network" | null;
  error: string | null;
}

export interface RequestSpec {
  method: "GET" | "POST";
  url: string;
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
}

export async function sendRequest(spec: RequestSpec): Promise<RawReply> {
  const startedAt = new Date();
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const response = await fetch(spec.url, {
      method: spec.method,
      headers: spec.headers,
      ...(spec.body === undefined ? {} : { body: spec.body }),
      signal: AbortSignal.timeout(spec.timeoutMs),
    });
    const text = await response.text();
    return {
      httpStatus: response.status,
      text,
      headers: response.headers,
      startedAt,
      durationMs: elapsed(),
      failure: null,
      error: null,
    };
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
    return {
      httpStatus: null,
      text: "",
      headers: null,
      startedAt,
      durationMs: elapsed(),
      failure: timedOut ? "timeout" : "network",
      error: error instanceof Error ? error.message : String(error),
    };
  }
}

/**
 * A provider's JSON answer with its card data redacted (numbers masked, security codes dropped), before anything maps,
 * logs or stores it; `keep` names the provider's identifier fields (see `Connector.identifierFields`).
 */
export function parseJson(text: string, keep?: ReadonlySet<string>): unknown {
  try {
    return redactCardData(JSON.parse(text), keep);
  } catch {
    return null;
  }
}

/** The outcome to record for a call, from what the connector made of the reply. */
export function callOutcome(operation: string, reply: RawReply, result: CallResult): CallOutcome {
  if (reply.failure === "timeout") return "timeout";
  if (result.state === "unknown") return "error";
  if (result.state === "rejected") return "rejected";
  // A status query that reads a declined payment succeeded; only a new payment or action can be declined.
  return operation !== "query" && result.snapshot?.status === "failed" ? "declined" : "ok";
}

export async function recordCall<C>(
  ctx: CallContext<C>,
  operation: string,
  reply: RawReply,
  result: CallResult,
  idempotencyKey: string | null,
): Promise<void> {
  await ctx.recordCall({
    accountId: ctx.account.id,
    provider: ctx.account.provider,
    operation,
    startedAt: reply.startedAt,
    durationMs: reply.durationMs,
    httpStatus: reply.httpStatus,
    outcome: callOutcome(operation, reply, result),
    providerUid: result.snapshot?.providerUid ?? null,
    status: result.snapshot?.status ?? null,
    idempotencyKey,
    error: reply.error ?? (result.state === "ok" ? null : result.outcome.message),
  });
}

export const DEFAULT_TIMEOUT_MS = 30_000;
