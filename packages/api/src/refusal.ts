// A refusal the console can word in its reader's language: a stable reason (domain/refusal-reasons.ts) and the
// figures its words need ride beside the English message (error-shape.ts puts them in the error's data).
import { TRPCError } from "@trpc/server";
import type { RefusalParams, RefusalReason } from "@paylens/domain/refusal-reasons";

type Code = ConstructorParameters<typeof TRPCError>[0]["code"];

export interface Reasoned {
  reason: RefusalReason;
  params: RefusalParams;
}

export function refusal(code: Code, reason: RefusalReason, message: string, params: RefusalParams = {}): TRPCError {
  return Object.assign(new TRPCError({ code, message }), { reason, params } satisfies Reasoned);
}

export function reasonOf(error: unknown): Reasoned | null {
  const reasoned = error as Partial<Reasoned> | null;
  return reasoned && typeof reasoned.reason === "string"
    ? { reason: reasoned.reason, params: reasoned.params ?? {} }
    : null;
}
