// Test harness for actions: the real server over HTTP (cookies, CSRF, tRPC), the card demo's sandbox, demo users,
// and payments made at the sandbox and known to Paylens.
import superjson from "superjson";
import { TEST_CARDS } from "@paylens/sandbox/cards";
import type { Database } from "@paylens/db/client";
import { applySnapshot } from "@paylens/db/queries/apply";
import { upsertAccounts } from "@paylens/db/queries/accounts";
import { createTestDb } from "@paylens/db/test-db";
import { connectorFor } from "@paylens/providers/connectors";
import { AccountBook } from "../accounts.ts";
import { DEMO_PASSWORD, ensureDemoUsers } from "../demo/demo-users.ts";
import { CARD_ACTIONS_DEMO, startDemoSandbox } from "../demo/sandboxes.ts";
import { callContext, callRecorder } from "../provider-context.ts";
import { createServer } from "../server.ts";

/** The sandbox's documented test card that always approves (apps/sandbox/src/cards.ts), not a number of our own. */
const APPROVING_CARD = Object.entries(TEST_CARDS).find(([, card]) => card.outcome === "approve")?.[0] ?? "";

export interface Session {
  cookie: string;
  csrf: string;
}

export type TrpcAnswer<T> = { status: number; data: T; error: { message: string; code: string } | null };

export async function startActionHarness(options: { refundApprovalAbove?: string } = {}) {
  const database: Database = await createTestDb();
  const demo = await startDemoSandbox(CARD_ACTIONS_DEMO, { port: 0, timeScale: 60 });
  const accounts = new AccountBook(demo.accounts);
  await upsertAccounts(
    database.db,
    demo.accounts.map(({ account }) => ({ ...account, demo: true })),
  );
  await ensureDemoUsers(database.db, `/tmp/paylens-test-token-${process.pid}-${Date.now()}`);
  const server = await createServer({
    db: database.db,
    dbKind: database.kind,
    accounts,
    webDist: null,
    logger: false,
    refundApprovalAbove: options.refundApprovalAbove ?? "500.00",
  });
  const shop = accounts.all()[0];
  if (!shop) throw new Error("no demo shop");
  const connector = connectorFor(shop.account.provider);
  if (!connector) throw new Error(`no connector for ${shop.account.provider}`);
  const record = callRecorder(database.db);

  async function call<T>(
    kind: "query" | "mutation",
    path: string,
    input: unknown,
    session: Session | null,
    headers: Record<string, string> = {},
  ): Promise<TrpcAnswer<T>> {
    const auth: Record<string, string> = session ? { cookie: session.cookie, "x-csrf-token": session.csrf } : {};
    const payload = input === undefined ? undefined : superjson.serialize(input);
    const reply =
      kind === "query"
        ? await server.app.inject({
            method: "GET",
            url: `/trpc/${path}${payload ? `?input=${encodeURIComponent(JSON.stringify(payload))}` : ""}`,
            headers: { ...auth, ...headers },
          })
        : await server.app.inject({
            method: "POST",
            url: `/trpc/${path}`,
            payload: JSON.stringify(payload ?? {}),
            headers: { "content-type": "application/json", ...auth, ...headers },
          });
    const body = reply.json<{
      result?: { data: { json: unknown; meta?: unknown } };
      error?: { json: { message: string; data: { code: string } } } | string;
    }>();
    const data = body.result
      ? superjson.deserialize<T>(body.result.data as Parameters<typeof superjson.deserialize>[0])
      : (null as T);
    if (typeof body.error === "string")
      return { status: reply.statusCode, data, error: { message: body.error, code: "HTTP" } };
    return {
      status: reply.statusCode,
      data,
      error: body.error ? { message: body.error.json.message, code: body.error.json.data.code } : null,
    };
  }

  return {
    database,
    server,
    demo,
    shop,
    query: <T>(path: string, input: unknown, session: Session | null, headers?: Record<string, string>) =>
      call<T>("query", path, input, session, headers),
    mutate: <T>(path: string, input: unknown, session: Session | null, headers?: Record<string, string>) =>
      call<T>("mutation", path, input, session, headers),

    async signIn(email: string, password = DEMO_PASSWORD): Promise<Session> {
      const reply = await server.app.inject({
        method: "POST",
        url: "/trpc/auth.signIn",
        payload: JSON.stringify({ json: { email, password } }),
        headers: { "content-type": "application/json" },
      });
      if (reply.statusCode !== 200) throw new Error(`sign-in failed: ${reply.body}`);
      const cookie = reply.cookies.find((c) => c.name === "paylens_session");
      const csrf = reply.json<{ result: { data: { json: { csrfToken: string } } } }>().result.data.json.csrfToken;
      if (!cookie) throw new Error("no session cookie");
      return { cookie: `${cookie.name}=${cookie.value}`, csrf };
    },

    /** A successful card payment at the sandbox, known to Paylens as its reply. */
    async payment(
      amountMinor: bigint,
      type: "payment" | "authorization" = "payment",
      cardNumber = APPROVING_CARD,
    ): Promise<string> {
      const ctx = callContext(shop, record);
      const input = {
        amountMinor,
        currency: "EUR",
        description: "test order",
        trackingId: `order-${Math.random().toString(36).slice(2)}`,
        card: { number: cardNumber, cvc: "123", holder: "TEST HOLDER", expMonth: 12, expYear: 2030 },
        customer: { email: "shopper@example.com", ip: "203.0.113.7", country: "LT" },
        notificationUrl: null,
        returnUrl: "https://shop.example/return",
        test: true,
      };
      const result = type === "payment" ? await connector.pay(ctx, input) : await connector.authorize(ctx, input);
      if (
        result.state !== "ok" ||
        !result.snapshot ||
        (cardNumber === APPROVING_CARD && result.snapshot.status !== "successful")
      )
        throw new Error(`payment failed: ${JSON.stringify(result.outcome)}`);
      const applied = await applySnapshot(database.db, {
        accountId: shop.account.id,
        snapshot: result.snapshot,
        kind: "poll",
        receivedAt: new Date(),
      });
      if (!applied.transactionId) throw new Error("payment not applied");
      return applied.transactionId;
    },

    async close() {
      await server.stop();
      await demo.close();
      await database.close();
    },
  };
}

export type ActionHarness = Awaited<ReturnType<typeof startActionHarness>>;
