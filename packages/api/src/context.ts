import type { Db, DbKind } from "@paylens/db/client";
import type { Principal } from "@paylens/db/queries/access";
import type { ChannelWithSecret } from "@paylens/db/queries/alert-channels";
import type { CallContext, Connector } from "@paylens/providers/connector";

export type WebhookMode = "normal" | "delayed" | "stopped";

/** Demo-mode sandbox incidents, as the server reports them. */
export interface IncidentState {
  issuer: { name: string; approvalMultiplier: number } | null;
  webhooks: { provider: string; mode: WebhookMode; delayMs: number }[];
  api: { provider: string; latencyMultiplier: number; failureRate: number }[];
  issuers: string[];
  /** The first start's demo history while it is being loaded in the background; null otherwise. */
  backfill: BackfillProgress | null;
}

/** Orders of demo history loaded so far, of how many. */
export interface BackfillProgress {
  done: number;
  total: number;
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

/** Sends a test notice to a channel (the server's senders); answers why it failed rather than throwing. */
export type AlertChannelTest = (channel: ChannelWithSecret) => Promise<{ ok: true } | { ok: false; error: string }>;

/** The browser session's cookie, set and cleared by the server's HTTP layer. */
export interface SessionCookie {
  set(token: string): void;
  clear(): void;
  /** The cookie's token on this request, if any (to end that session on sign-out). */
  current: string | null;
}

/** Credentials and provider network code stay in the server: the API asks it for a connector and a call context. */
export interface ProviderAccess {
  /** The registry's connector for a provider (the server passes `connectorFor`); null for one it does not know. */
  connector(provider: string): Connector<unknown> | null;
  /** A ready call context for a provider account; null when this server has no credentials for it. */
  callContext(accountId: string): CallContext<unknown> | null;
}

/** A pino-style logger; the server passes the request's, so lines carry its request id. */
export interface ActionLog {
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
}

/** What every procedure can use. Built by the server per request; tests build it directly. */
export interface Context {
  db: Db;
  dbKind: DbKind;
  requestId: string | null;
  /** Who is calling: a signed-in user or an API token; null when nobody is. */
  principal: Principal | null;
  /** The principal's id (owner of saved views); null when nobody is signed in. */
  userId: string | null;
  /** A cookie-authenticated mutation without the session's CSRF token (or from another origin): refused. */
  csrfFailed: boolean;
  ip: string | null;
  session: SessionCookie | null;
  providers: ProviderAccess | null;
  log: ActionLog | null;
  /** Webhooks slower than this are late (PAYLENS_WEBHOOK_SLO_MS). */
  webhookSloMs: number;
  /** Sandbox incident switches; null outside demo mode. */
  incidents: IncidentControl | null;
  /** Unexpected errors show their message and stack to the caller (PAYLENS_DEBUG_ERRORS); never in production. */
  debugErrors: boolean;
  /** Sends a channel's test notice; null where no sender is wired (the web's component tests). */
  alertChannelTest: AlertChannelTest | null;
}

export const DEFAULT_WEBHOOK_SLO_MS = 60_000;

export function createContextInner(deps: {
  db: Db;
  dbKind: DbKind;
  requestId?: string | null;
  principal?: Principal | null;
  csrfFailed?: boolean;
  ip?: string | null;
  session?: SessionCookie | null;
  providers?: ProviderAccess | null;
  log?: ActionLog | null;
  webhookSloMs?: number;
  incidents?: IncidentControl | null;
  debugErrors?: boolean;
  alertChannelTest?: AlertChannelTest | null;
}): Context {
  return {
    db: deps.db,
    dbKind: deps.dbKind,
    requestId: deps.requestId ?? null,
    principal: deps.principal ?? null,
    userId: deps.principal?.id ?? null,
    csrfFailed: deps.csrfFailed ?? false,
    ip: deps.ip ?? null,
    session: deps.session ?? null,
    providers: deps.providers ?? null,
    log: deps.log ?? null,
    webhookSloMs: deps.webhookSloMs ?? DEFAULT_WEBHOOK_SLO_MS,
    incidents: deps.incidents ?? null,
    debugErrors: deps.debugErrors ?? false,
    alertChannelTest: deps.alertChannelTest ?? null,
  };
}
