import type { Db, DbKind } from "@paylens/db/client";

export type WebhookMode = "normal" | "delayed" | "stopped";

/** Demo-mode sandbox incidents, as the server reports them. */
export interface IncidentState {
  issuer: { name: string; approvalMultiplier: number } | null;
  webhooks: { provider: string; mode: WebhookMode; delayMs: number }[];
  api: { provider: string; latencyMultiplier: number; failureRate: number }[];
  issuers: string[];
}

export type IncidentChange =
  | { kind: "issuer"; issuer: string | null; approvalMultiplier?: number | undefined }
  | { kind: "webhooks"; provider: string; mode: WebhookMode; delayMs?: number | undefined }
  | { kind: "api"; provider: string; latencyMultiplier?: number | undefined; failureRate?: number | undefined };

/** Built by the server in demo mode only; throws an Error naming the problem for an unknown provider or issuer. */
export interface IncidentControl {
  state(): IncidentState;
  set(change: IncidentChange): void;
}

/** What every procedure can use. Built by the server per request; tests build it directly. */
export interface Context {
  db: Db;
  dbKind: DbKind;
  requestId: string | null;
  /** The signed-in user; null until sign-in exists (owner-aware procedures then act on the ownerless rows). */
  userId: string | null;
  /** Webhooks slower than this are late (PAYLENS_WEBHOOK_SLO_MS). */
  webhookSloMs: number;
  /** Sandbox incident switches; null outside demo mode. */
  incidents: IncidentControl | null;
}

export const DEFAULT_WEBHOOK_SLO_MS = 60_000;

export function createContextInner(deps: {
  db: Db;
  dbKind: DbKind;
  requestId?: string | null;
  userId?: string | null;
  webhookSloMs?: number;
  incidents?: IncidentControl | null;
}): Context {
  return {
    db: deps.db,
    dbKind: deps.dbKind,
    requestId: deps.requestId ?? null,
    userId: deps.userId ?? null,
    webhookSloMs: deps.webhookSloMs ?? DEFAULT_WEBHOOK_SLO_MS,
    incidents: deps.incidents ?? null,
  };
}
