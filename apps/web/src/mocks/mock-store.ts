// An in-memory stand-in for the transactions API: filtering and keyset paging like packages/db, over fixture rows.
import type { HttpHandler } from "msw";
import type { DetailTransaction, TransactionDetail } from "../routes/transaction/detail-types.ts";
import type { RouterInputs, RouterOutputs } from "../trpc.ts";
import { makeDetail, makeTransaction, toListRow } from "./fixtures.ts";
import { TrpcMockError, trpcQuery } from "./trpc-handlers.ts";

export interface MockStore {
  /** Newest first. */
  transactions(): DetailTransaction[];
  detail(id: string): TransactionDetail | null;
}

export function staticStore(transactions: DetailTransaction[]): MockStore {
  const sorted = [...transactions].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id.localeCompare(a.id));
  return {
    transactions: () => sorted,
    detail: (id) => {
      const found = sorted.find((t) => t.id === id);
      return found ? makeDetail(found) : null;
    },
  };
}

/** A stream of fixture transactions: a backlog, then a new one every `everyMs`, as if providers kept sending webhooks. */
export function liveStore(options: { backlog: number; everyMs: number; now?: () => number }): MockStore {
  const now = options.now ?? Date.now;
  const origin = now() - options.backlog * options.everyMs;
  const createdAt = (n: number) => new Date(origin + n * options.everyMs + ((n * 2654435761) % options.everyMs));
  const count = () => Math.floor((now() - origin) / options.everyMs);
  return {
    transactions: () => {
      const out: DetailTransaction[] = [];
      for (let n = count(); n >= 0; n--) if (createdAt(n).getTime() <= now()) out.push(makeTransaction(n, createdAt(n)));
      return out;
    },
    detail: (id) => {
      const n = Number.parseInt(id.slice(-12), 16);
      if (!Number.isSafeInteger(n) || n > count()) return null;
      const t = makeTransaction(n, createdAt(n));
      if (t.id !== id) return null;
      const refund = makeTransaction(n + 1_000_000, new Date(t.createdAt.getTime() + 3_600_000));
      const child = { ...toListRow(refund), type: "refund", status: "successful", amountMinor: t.amountMinor / 2n, currency: t.currency };
      return makeDetail(t, t.status === "successful" && n % 3 === 0 ? [child] : []);
    },
  };
}

type ListInput = RouterInputs["transactions"]["list"];

export function listPage(store: MockStore, input: ListInput): RouterOutputs["transactions"]["list"] {
  const rows = store.transactions().filter(
    (t) =>
      (!input.provider?.length || input.provider.some((p) => p === t.provider)) &&
      (!input.status?.length || input.status.some((s) => s === t.status)) &&
      (!input.from || t.createdAt >= input.from) &&
      (!input.to || t.createdAt < input.to),
  );
  // Mock cursors are the last row's id (the real server encodes time and id).
  const start = input.cursor ? rows.findIndex((t) => t.id === input.cursor) + 1 : 0;
  const limit = input.limit ?? 50;
  const page = rows.slice(start, start + limit);
  const last = page[page.length - 1];
  return { items: page.map(toListRow), nextCursor: rows.length > start + limit && last ? last.id : null };
}

export function mockHandlers(store: MockStore, db: "pglite" | "postgres" = "pglite"): HttpHandler[] {
  return [
    trpcQuery("health.check", () => ({ ok: true as const, db })),
    trpcQuery("transactions.list", (input) => listPage(store, input)),
    trpcQuery("transactions.byId", (input) => store.detail(input.id) ?? new TrpcMockError("NOT_FOUND", `No transaction ${input.id}`)),
  ];
}
