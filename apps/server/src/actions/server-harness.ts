// Test harness: the real server over HTTP (cookies, CSRF, tRPC) on a fresh database, with the given provider accounts
// and the demo users signed in as needed.
import superjson from "superjson";
import type { Database } from "@paylens/db/client";
import { upsertAccounts } from "@paylens/db/queries/accounts";
import { createTestDb } from "@paylens/db/test-db";
import { AccountBook, type ConfiguredAccount } from "../accounts.ts";
import { DEMO_PASSWORD, ensureDemoUsers } from "../demo/demo-users.ts";
import { createServer } from "../server.ts";

export interface Session {
  cookie: string;
  csrf: string;
}

export type TrpcAnswer<T> = { status: number; data: T; error: { message: string; code: string } | null };

export async function startServerHarness(options: { accounts: ConfiguredAccount[]; replayWindowMs?: number }) {
  const database: Database = await createTestDb();
  const accounts = new AccountBook(options.accounts);
  await upsertAccounts(
    database.db,
    options.accounts.map(({ account, demo }) => ({ ...account, demo })),
  );
  await ensureDemoUsers(database.db, `/tmp/paylens-test-token-${process.pid}-${Date.now()}`);
  const server = await createServer({
    db: database.db,
    dbKind: database.kind,
    accounts,
    webDist: null,
    logger: false,
    ...(options.replayWindowMs === undefined ? {} : { replayWindowMs: options.replayWindowMs }),
  });

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
    accounts,
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

    async close() {
      await server.stop();
      await database.close();
    },
  };
}

export type ServerHarness = Awaited<ReturnType<typeof startServerHarness>>;
