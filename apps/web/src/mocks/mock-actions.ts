// In-memory actions, notes and audit like packages/api: keyed by idempotency key, refunds above 500 wait for a second person.
import type { HttpHandler } from "msw";
import type { ActionRow, ActionsOverview, AuditItem, Note } from "../lib/api-types.ts";
import { currencyExponent } from "../lib/format-money.ts";
import { minorToInput } from "../lib/parse-money-input.ts";
import { makeAction, makeAuditItem } from "./access-fixtures.ts";
import type { Session } from "./mock-access.ts";
import type { MockStore } from "./mock-store.ts";
import { TrpcMockError, trpcMutation, trpcQuery } from "./trpc-handlers.ts";

const LIVE = ["pending_approval", "sending", "pending", "unknown"];
const COUNTS = [...LIVE, "succeeded"];
const OK_OUTCOME = {
  code: "S.0000",
  letter: "S",
  service: "OK",
  message: "Transaction is successful.",
  friendlyMessage: "The transaction is successfully processed.",
  reason: null,
  retryable: null,
};

interface State {
  actions: ActionRow[];
  notes: Note[];
  audit: AuditItem[];
}

function overview(store: MockStore, state: State, id: string): ActionsOverview | TrpcMockError {
  const t = store.detail(id)?.transaction;
  if (!t) return new TrpcMockError("NOT_FOUND", `No transaction ${id}`);
  const mine = state.actions.filter((a) => a.transactionId === id);
  const used = (kind: string) =>
    mine.filter((a) => a.kind === kind && COUNTS.includes(a.state)).reduce((sum, a) => sum + (a.amountMinor ?? 0n), 0n);
  const ok = t.status === "successful";
  const captured = used("capture");
  const voided = used("void") > 0n;
  return {
    currency: t.currency,
    amountMinor: t.amountMinor,
    refundableMinor: ok && (t.type === "payment" || t.type === "capture") ? t.amountMinor - used("refund") : 0n,
    capturableMinor: ok && t.type === "authorization" && !voided ? t.amountMinor - captured : 0n,
    voidable: ok && t.type === "authorization" && !voided && captured === 0n,
    approvalAboveMinor: 500n * 10n ** BigInt(currencyExponent(t.currency)),
    paymentRetryRefusal:
      (t.type === "payment" || t.type === "authorization") &&
      ["failed", "error", "expired"].includes(t.status) &&
      t.retryable !== false
        ? null
        : "Only a failed payment or authorization can be retried",
    actions: mine,
  };
}

export function actionHandlers(store: MockStore, session: Session): HttpHandler[] {
  const state: State = { actions: [], notes: [], audit: [] };
  const who = () => session.me ?? new TrpcMockError("UNAUTHORIZED", "Sign in first");
  const audit = (fields: Omit<Partial<AuditItem>, "id"> & Pick<AuditItem, "action">) => {
    const me = session.me;
    state.audit.unshift(
      makeAuditItem(state.audit.length + 1, {
        at: new Date(),
        actor: me?.id ?? null,
        actorName: me?.name ?? "",
        role: me?.role ?? null,
        ...fields,
      }),
    );
  };
  const settle = (action: ActionRow): ActionRow => {
    const done = { ...action, state: "succeeded" as const, outcome: OK_OUTCOME, finishedAt: new Date() };
    state.actions = state.actions.map((a) => (a.id === action.id ? done : a));
    audit({
      action: `${action.kind}.result`,
      transactionId: action.transactionId,
      subject: action.idempotencyKey,
      after: { state: "succeeded", code: "S.0000" },
    });
    return done;
  };
  return [
    trpcQuery("actions.forTransaction", (input) => overview(store, state, input.transactionId)),
    trpcQuery("actions.awaitingApproval", () =>
      state.actions
        .filter((a) => a.state === "pending_approval")
        .flatMap((action) => {
          const t = store.detail(action.transactionId)?.transaction;
          return t
            ? [
                {
                  action,
                  transaction: {
                    id: t.id,
                    provider: t.provider,
                    trackingId: t.trackingId,
                    amountMinor: t.amountMinor,
                    currency: t.currency,
                  },
                },
              ]
            : [];
        }),
    ),
    trpcMutation("actions.request", (input) => {
      const me = who();
      if (me instanceof TrpcMockError) return me;
      const known = state.actions.find((a) => a.idempotencyKey === input.idempotencyKey);
      if (known) return known;
      const info = overview(store, state, input.transactionId);
      if (info instanceof TrpcMockError) return info;
      const original = input.retryOf ? state.actions.find((a) => a.id === input.retryOf) : undefined;
      const kind = original?.kind ?? input.kind;
      const amount =
        kind === "void"
          ? info.amountMinor
          : kind === "resync"
            ? null
            : (original?.amountMinor ?? input.amountMinor ?? null);
      if (kind === "refund" && !(input.reason ?? original?.reason))
        return new TrpcMockError("BAD_REQUEST", "A refund needs a reason");
      const left = kind === "refund" ? info.refundableMinor : kind === "capture" ? info.capturableMinor : null;
      if (left !== null && amount !== null && amount > left) {
        return new TrpcMockError(
          "CONFLICT",
          `Cannot ${kind} ${minorToInput(amount, info.currency)}: only ${minorToInput(left, info.currency)} is left to ${kind}`,
        );
      }
      if (kind === "void" && !info.voidable) return new TrpcMockError("CONFLICT", "Cannot void: nothing to void");
      const held =
        kind === "refund" && amount !== null && info.approvalAboveMinor !== null && amount > info.approvalAboveMinor;
      const action = makeAction({
        idempotencyKey: input.idempotencyKey,
        transactionId: input.transactionId,
        kind,
        state: held ? "pending_approval" : "sending",
        amountMinor: amount,
        currency: amount === null ? null : info.currency,
        reason: input.reason ?? original?.reason ?? null,
        requestedBy: me.id,
        requestedByName: me.name,
        retryOf: original?.id ?? null,
        createdAt: new Date(),
      });
      state.actions.unshift(action);
      audit({
        action: `${kind}.request`,
        transactionId: input.transactionId,
        subject: input.idempotencyKey,
        after: {
          amountMinor: amount?.toString() ?? null,
          currency: info.currency,
          reason: action.reason,
          needsApproval: held,
        },
      });
      return held ? action : settle(action);
    }),
    trpcMutation("actions.approve", (input) => {
      const me = who();
      if (me instanceof TrpcMockError) return me;
      const action = state.actions.find((a) => a.id === input.id);
      if (!action) return new TrpcMockError("NOT_FOUND", `No action ${input.id}`);
      if (action.requestedBy === me.id)
        return new TrpcMockError("FORBIDDEN", "A second person must approve: you requested this refund");
      audit({
        action: `${action.kind}.approve`,
        transactionId: action.transactionId,
        subject: action.idempotencyKey,
        before: { state: "pending_approval" },
        after: { state: "sending" },
      });
      return settle({ ...action, approvedBy: me.id, approvedByName: me.name });
    }),
    trpcMutation("actions.decline", (input) => {
      const me = who();
      if (me instanceof TrpcMockError) return me;
      const action = state.actions.find((a) => a.id === input.id && a.state === "pending_approval");
      if (!action) return new TrpcMockError("CONFLICT", "This action is no longer waiting for approval");
      const cancelled = {
        ...action,
        state: "cancelled" as const,
        error: `not approved by ${me.name}: ${input.note}`,
        approvedBy: me.id,
        approvedByName: me.name,
      };
      state.actions = state.actions.map((a) => (a.id === action.id ? cancelled : a));
      audit({
        action: `${action.kind}.reject`,
        transactionId: action.transactionId,
        subject: action.idempotencyKey,
        before: { state: "pending_approval" },
        after: { state: "cancelled", note: input.note },
      });
      return cancelled;
    }),
    trpcMutation("actions.check", (input) => {
      const action = state.actions.find((a) => a.id === input.id);
      return action ? settle(action) : new TrpcMockError("NOT_FOUND", `No action ${input.id}`);
    }),
    trpcQuery("notes.list", (input) => state.notes.filter((n) => n.transactionId === input.transactionId)),
    trpcMutation("notes.add", (input) => {
      const me = who();
      if (me instanceof TrpcMockError) return me;
      const note: Note = {
        id: crypto.randomUUID(),
        transactionId: input.transactionId,
        author: me.id,
        authorName: me.name,
        text: input.text,
        createdAt: new Date(),
      };
      state.notes.push(note);
      audit({ action: "note.add", transactionId: input.transactionId, after: { noteId: note.id, text: note.text } });
      return note;
    }),
    trpcQuery("audit.list", (input) => {
      const has = (value: string | null | undefined, part: string | undefined) =>
        !part || (value ?? "").toLowerCase().includes(part.toLowerCase());
      const rows = state.audit.filter(
        (item) =>
          (!input.transactionId || item.transactionId === input.transactionId) &&
          (!input.action || item.action.startsWith(input.action)) &&
          (!input.actor || item.actor === input.actor || has(item.actorName, input.actor)) &&
          (!input.text || has(item.subject, input.text) || has(JSON.stringify(item.after), input.text)) &&
          (!input.from || item.at >= input.from) &&
          (!input.to || item.at < input.to) &&
          (!input.cursor || item.id < BigInt(input.cursor)),
      );
      const limit = input.limit ?? 100;
      const items = rows.slice(0, limit);
      return { items, nextCursor: rows.length > limit ? String(items.at(-1)?.id ?? "") : null };
    }),
  ];
}
