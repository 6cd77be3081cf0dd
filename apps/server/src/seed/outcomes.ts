// Which decoded outcome a generated transaction carries: real codes from the providers' catalogues, declines
// weighted by how often issuers give each reason (the sandbox's DECLINE_REASONS).
import { listCodes, type CatalogueCode } from "@paylens/providers/code-catalogue";
import { RETRYABLE, type NormalizedReason } from "@paylens/codes/reasons";
import type { SeedOutcome } from "@paylens/db/seed/palette";
import { DECLINE_REASONS } from "@paylens/sandbox/cards";

export const SEED_STATUSES = [
  { status: "successful", weight: 85 },
  { status: "failed", weight: 10.3 },
  { status: "expired", weight: 1.5 },
  { status: "error", weight: 0.9 },
  { status: "incomplete", weight: 1.3 },
  { status: "pending", weight: 1.0 },
] as const;

type Status = (typeof SEED_STATUSES)[number]["status"];

const declineWeight = new Map<string, number>(DECLINE_REASONS.map((row) => [row.reason, row.weight]));

// Which catalogue rows a status may carry; the weight spreads a reason's share over its codes.
const PICK: Record<Status, (code: CatalogueCode) => boolean> = {
  successful: (c) => c.letter === "S",
  failed: (c) => c.letter === "F" && c.reason !== "expired",
  expired: (c) => c.reason === "expired",
  error: (c) => c.letter === "E",
  incomplete: (c) => c.letter === "P" && /3-D|customer|shopper|verification/i.test(c.message ?? ""),
  pending: (c) => c.letter === "P" && /progress|process/i.test(c.message ?? ""),
};

const LETTER: Record<Status, SeedOutcome["letter"]> = {
  successful: "S",
  failed: "F",
  expired: "F",
  error: "E",
  incomplete: "P",
  pending: "P",
};
const FALLBACK_REASON: Partial<Record<Status, NormalizedReason>> = {
  failed: "unknown",
  expired: "expired",
  error: "provider_error",
};

/** A provider without catalogue rows for a status still gets a coherent outcome: the status's letter, no code. */
function fallback(provider: string, status: Status): SeedOutcome {
  const reason = FALLBACK_REASON[status] ?? null;
  return {
    provider,
    status,
    code: null,
    letter: LETTER[status],
    service: null,
    message: null,
    friendlyMessage: null,
    reason,
    retryable: reason ? RETRYABLE[reason] : null,
    weight: 1,
  };
}

export function seedOutcomes(providers: readonly string[]): SeedOutcome[] {
  const codes = listCodes();
  const out: SeedOutcome[] = [];
  for (const provider of providers) {
    for (const { status } of SEED_STATUSES) {
      const rows = codes.filter((code) => code.provider === provider && PICK[status](code));
      if (rows.length === 0) {
        out.push(fallback(provider, status));
        continue;
      }
      const perReason = new Map<string, number>();
      for (const row of rows) perReason.set(row.reason ?? "", (perReason.get(row.reason ?? "") ?? 0) + 1);
      for (const row of rows) {
        const share = status === "failed" ? (declineWeight.get(row.reason ?? "") ?? 1.5) : 1;
        out.push({ ...row, provider, status, weight: share / (perReason.get(row.reason ?? "") ?? 1) });
      }
    }
  }
  return out;
}
