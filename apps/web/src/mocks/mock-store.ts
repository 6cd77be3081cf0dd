// An in-memory stand-in for the API: filtering, search and keyset paging like packages/db, over fixture rows.
import { HttpResponse, http, type HttpHandler } from "msw";
import type { CodeRow, CodesInput, Principal, SavedView } from "../lib/api-types.ts";
import type { DetailTransaction, TransactionDetail } from "../routes/transaction/detail-types.ts";
import type { RouterInputs, RouterOutputs } from "../trpc.ts";
import {
  approvalFixture,
  breakdownFixture,
  declinesFixture,
  incidentsFixture,
  latencyFixture,
  makeAlert,
  webhookLagFixture,
} from "./analytics-fixtures.ts";
import { OPS } from "./access-fixtures.ts";
import { CODE_CATALOGUE } from "./codes-fixtures.ts";
import { makeDetail, makeTransaction, toListRow } from "./fixtures.ts";
import { accessHandlers, mockSession } from "./mock-access.ts";
import { actionHandlers } from "./mock-actions.ts";
import { csvLines, searchPage, searchTotals } from "./mock-search.ts";
import { webhookHandlers, type MockWebhook } from "./mock-webhooks.ts";
import { TrpcMockError, trpcMutation, trpcQuery } from "./trpc-handlers.ts";

export interface MockStore {
  /** Newest first. */
  transactions(): DetailTransaction[];
  detail(id: string): TransactionDetail | null;
}

export function staticStore(transactions: DetailTransaction[]): MockStore {
  const sorted = [...transactions].sort(
    (a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id.localeCompare(a.id),
  );
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
      for (let n = count(); n >= 0; n--)
        if (createdAt(n).getTime() <= now()) out.push(makeTransaction(n, createdAt(n)));
      return out;
    },
    detail: (id) => {
      const n = Number.parseInt(id.slice(-12), 16);
      if (!Number.isSafeInteger(n) || n > count()) return null;
      const t = makeTransaction(n, createdAt(n));
      if (t.id !== id) return null;
      const refund = makeTransaction(n + 1_000_000, new Date(t.createdAt.getTime() + 3_600_000));
      const child = {
        ...toListRow(refund),
        type: "refund",
        status: "successful",
        amountMinor: t.amountMinor / 2n,
        currency: t.currency,
      };
      return makeDetail(t, t.status === "successful" && n % 3 === 0 ? [child] : []);
    },
  };
}

type ListInput = RouterInputs["transactions"]["list"];

export function listPage(store: MockStore, input: ListInput): RouterOutputs["transactions"]["list"] {
  const rows = store
    .transactions()
    .filter(
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

export function codeRows(store: MockStore, input: CodesInput = {}): CodeRow[] {
  const counts = new Map<string, number>();
  for (const t of store.transactions()) {
    if (!t.code || (input.from && t.createdAt < input.from) || (input.to && t.createdAt >= input.to)) continue;
    const key = `${t.provider}|${t.code}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return CODE_CATALOGUE.map((entry) => ({ ...entry, count: counts.get(`${entry.provider}|${entry.code}`) ?? 0 }));
}

/** Saved views kept in memory for as long as the handlers live. */
function viewHandlers(): HttpHandler[] {
  let views: SavedView[] = [];
  let next = 1;
  return [
    trpcQuery("views.list", () => views),
    trpcMutation("views.save", (input) => {
      const view: SavedView = { ...input, id: `view-${next++}`, updatedAt: new Date() };
      views = [...views.filter((v) => v.name !== input.name), view];
      return view;
    }),
    trpcMutation("views.remove", (input) => {
      views = views.filter((v) => v.id !== input.id);
      return { id: input.id };
    }),
  ];
}

function exportHandler(store: MockStore): HttpHandler {
  return http.get("*/export/transactions.csv", ({ request }) => {
    const params = new URL(request.url).searchParams;
    const sort = params.get("sort");
    const lines = csvLines(store.transactions(), {
      q: params.get("q") ?? "",
      sort:
        sort === "amount" || sort === "status" || sort === "provider" || sort === "type" || sort === "code"
          ? sort
          : "created",
      dir: params.get("dir") === "asc" ? "asc" : "desc",
    });
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        // Several lines per chunk, as a server flushing batches would send them.
        for (let i = 0; i < lines.length; i += 40) controller.enqueue(encoder.encode(lines.slice(i, i + 40).join("")));
        controller.close();
      },
    });
    return new HttpResponse(body, {
      headers: { "Content-Type": "text/csv; charset=utf-8", "X-Total-Count": String(lines.length - 1) },
    });
  });
}

/** Every procedure the web calls, over `store` and the webhook inbox `inbox`; `me` is who is signed in (ops by default, null: signed out). */
export function mockHandlers(
  store: MockStore,
  db: "pglite" | "postgres" = "pglite",
  me: Principal | null = OPS,
  inbox: MockWebhook[] = [],
): HttpHandler[] {
  const session = mockSession(me);
  return [
    ...accessHandlers(session),
    ...actionHandlers(store, session),
    ...webhookHandlers(inbox, session),
    trpcQuery("health.check", () => ({ ok: true as const, db })),
    trpcQuery("transactions.list", (input) => listPage(store, input)),
    trpcQuery("transactions.search", (input) => searchPage(store.transactions(), input)),
    trpcQuery("transactions.totals", (input) => searchTotals(store.transactions(), input.q)),
    trpcQuery(
      "transactions.byId",
      (input) => store.detail(input.id) ?? new TrpcMockError("NOT_FOUND", `No transaction ${input.id}`),
    ),
    trpcQuery("codes.list", (input) => codeRows(store, input)),
    ...viewHandlers(),
    trpcQuery("analytics.approval", approvalFixture),
    trpcQuery("analytics.breakdown", breakdownFixture),
    trpcQuery("analytics.declines", declinesFixture),
    trpcQuery("analytics.webhookLag", webhookLagFixture),
    trpcQuery("analytics.latency", latencyFixture),
    trpcQuery("alerts.active", () => []),
    trpcQuery("alerts.list", (input) => (input?.state === "active" ? [] : [makeAlert("a1", 180, 150)])),
    trpcQuery("incidents.state", () => incidentsFixture()),
    trpcMutation("incidents.set", () => incidentsFixture()),
    exportHandler(store),
  ];
}
