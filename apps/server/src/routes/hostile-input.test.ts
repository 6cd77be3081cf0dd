// Hostile input, fuzzed with a fixed seed and a bounded count: malformed JSON and forms, huge bodies, wrong types,
// odd unicode and injection strings at every webhook endpoint and every tRPC procedure. Each gets a 4xx (or the
// provider's rejection), nothing crashes, nothing is applied.
import fc from "fast-check";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "@paylens/api/root";
import { hashPassword } from "@paylens/api/passwords";
import type { Database } from "@paylens/db/client";
import { upsertAccounts } from "@paylens/db/queries/accounts";
import { createUser } from "@paylens/db/queries/access";
import { applyPendingInbox } from "@paylens/db/queries/inbox";
import { createTestDb } from "@paylens/db/test-db";
import { PROVIDER_IDS } from "@paylens/providers/catalog";
import type { ContractSample } from "@paylens/providers/contract-sample";
import { connectorFor } from "@paylens/providers/connectors";
import { AccountBook, type ConfiguredAccount } from "../accounts.ts";
import { createServer } from "../server.ts";
import {
  GUARDED_TRPC_INPUTS,
  HOSTILE_QUERIES,
  HOSTILE_WEBHOOK_BODIES,
  internalsIn,
  MALFORMED_TRPC_INPUTS,
} from "./hostile-cases.ts";

const SEED = 20261203;
const RUNS = 60;

const nasty = fc.oneof(
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.json({ maxDepth: 4 }),
  fc.constantFrom(
    "{",
    "[",
    "null",
    "true",
    '{"__proto__":{"polluted":1}}',
    "' OR 1=1 --",
    "'); DROP TABLE transactions; --",
    "\u0000\u0001\uFFFF",
    "%00%ff=&&==",
    "a=1&a=2&a[]=3",
    "\uD800",
    "🙂".repeat(500),
    '{"uid":1e309}',
    "<script>alert(1)</script>",
  ),
  fc
    .dictionary(fc.string({ maxLength: 20 }), fc.oneof(fc.string({ maxLength: 50 }), fc.integer(), fc.constant(null)))
    .map((o) => new URLSearchParams(o as Record<string, string>).toString()),
);
const contentType = fc.constantFrom(
  "application/json",
  "application/x-www-form-urlencoded",
  "text/plain",
  "application/xml",
  "multipart/form-data; boundary=x",
  "",
  "application/json; charset=utf-16",
);

async function sampleOf(provider: string): Promise<ContractSample> {
  const file = new URL(`../../../../packages/providers/src/${provider}/contract-sample.ts`, import.meta.url);
  return ((await import(file.href)) as { sample: ContractSample }).sample;
}

describe("hostile input", () => {
  let database: Database;
  let server: Awaited<ReturnType<typeof createServer>>;
  const paths: Record<string, string> = {};
  let cookie = "";
  let csrf = "";

  beforeAll(async () => {
    database = await createTestDb();
    const configured: ConfiguredAccount[] = [];
    for (const provider of PROVIDER_IDS) {
      const sample = await sampleOf(provider);
      // One account per provider; the samples' signatures do not matter, every body here is hostile.
      const id = `fuzz-${provider}`;
      paths[provider] = `/webhooks/${provider}/${id}`;
      configured.push({
        account: { id, provider, name: provider, baseUrl: "http://127.0.0.1:9" },
        credentials: sample.credentials,
        demo: false,
      });
    }
    await upsertAccounts(
      database.db,
      configured.map(({ account }) => ({ ...account, demo: false })),
    );
    await createUser(database.db, {
      email: "admin@example.com",
      name: "Admin",
      role: "admin",
      passwordHash: await hashPassword("correct horse battery"),
    });
    server = await createServer({
      db: database.db,
      dbKind: database.kind,
      accounts: new AccountBook(configured),
      webDist: null,
      logger: false,
    });
    ({ cookie, csrf } = await signInAsAdmin());
  }, 60_000);

  async function signInAsAdmin() {
    const signIn = await server.app.inject({
      method: "POST",
      url: "/trpc/auth.signIn",
      headers: { "content-type": "application/json" },
      payload: JSON.stringify({ json: { email: "admin@example.com", password: "correct horse battery" } }),
    });
    const session = signIn.headers["set-cookie"]?.toString().split(";")[0] ?? "";
    return {
      name: "admin",
      cookie: session,
      csrf: signIn.json<{ result: { data: { json: { csrfToken: string } } } }>().result.data.json.csrfToken,
    };
  }

  /** Every GET route under /export/, read from the router, so a new export is fuzzed without a change here. */
  function exportPaths(): string[] {
    return [
      ...new Set(
        [...server.app.printRoutes({ commonPrefix: false }).matchAll(/(\/export\/[^\s(]+)/g)].map(
          (m) => m[1] as string,
        ),
      ),
    ];
  }
  afterAll(async () => {
    await server.stop();
    await database.close();
  });

  const count = async (table: "transactions" | "webhook_inbox", where = sql`true`) =>
    Number(
      (await database.db.execute<{ n: string }>(sql`select count(*) as n from ${sql.identifier(table)} where ${where}`))
        .rows[0]?.n,
    );

  it.each(PROVIDER_IDS.map((p) => [p] as const))(
    "%s webhook endpoint: random bodies and headers are refused, stored as rejected at most, never applied",
    async (provider) => {
      const rejected = connectorFor(provider)?.webhookReplies.rejected.statusCode;
      await fc.assert(
        fc.asyncProperty(nasty, contentType, fc.string({ maxLength: 80 }), async (body, type, signature) => {
          const reply = await server.app.inject({
            method: "POST",
            url: paths[provider] ?? "",
            payload: body,
            headers: {
              "content-type": type,
              "content-signature": signature,
              signature: `algorithm=RSA256,keyVersion=1,signature=${encodeURIComponent(signature)}`,
              "client-id": signature,
              "request-time": signature,
              authorization: `Basic ${Buffer.from(signature).toString("base64")}`,
            },
          });
          expect(reply.statusCode).toBeLessThan(500);
          expect(reply.statusCode === rejected || (reply.statusCode >= 400 && reply.statusCode < 500)).toBe(true);
        }),
        { seed: SEED, numRuns: RUNS },
      );
      expect(await count("webhook_inbox", sql`state <> 'rejected'`)).toBe(0);
      await applyPendingInbox(database.db, (message) => {
        throw new Error(`nothing should be pending: ${message.rawBody.slice(0, 40)}`);
      });
      expect(await count("transactions")).toBe(0);
    },
  );

  it("refuses a body over the size limit with 413 and stores nothing", async () => {
    const before = await count("webhook_inbox");
    const reply = await server.app.inject({
      method: "POST",
      url: paths["begateway"] ?? "",
      payload: "x".repeat(1024 * 1024 + 1),
      headers: { "content-type": "application/json" },
    });
    expect(reply.statusCode).toBe(413);
    expect(await count("webhook_inbox")).toBe(before);
  });

  type Caller = { name: string; cookie: string; csrf: string };
  const signedOut: Caller = { name: "signed out", cookie: "", csrf: "" };
  const admin = (): Caller => ({ name: "admin", cookie, csrf });
  const procedures = () =>
    Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>).map(
      ([path, p]) => [path, p._def.type] as const,
    );

  /** One tRPC call: a query's input in the URL (bytes percent-encoded as they are), a mutation's in the body. */
  const call = (path: string, type: string, who: Caller, body: string | Buffer, contentType = "application/json") => {
    const headers: Record<string, string> = who.cookie ? { cookie: who.cookie, "x-csrf-token": who.csrf } : {};
    // Sign-in has its own per-address limit: the fuzz comes from an address of its own so the limit test is untouched.
    const remoteAddress = path === "auth.signIn" ? "203.0.113.50" : "127.0.0.1";
    if (type === "query") {
      const input =
        typeof body === "string"
          ? encodeURIComponent(body)
          : [...body].map((b) => `%${b.toString(16).padStart(2, "0")}`).join("");
      return server.app.inject({ method: "GET", url: `/trpc/${path}?input=${input}`, headers, remoteAddress });
    }
    return server.app.inject({
      method: "POST",
      url: `/trpc/${path}`,
      payload: body,
      headers: { ...headers, "content-type": contentType },
      remoteAddress,
    });
  };

  /** No 5xx and nothing of the server's insides, whatever the status. */
  const expectSafe = (reply: { statusCode: number; body: string }, label: string) => {
    if (reply.statusCode >= 500) throw new Error(`${label} answered ${reply.statusCode}: ${reply.body.slice(0, 300)}`);
    const shown = internalsIn(reply.body);
    if (shown) throw new Error(`${label} answered ${reply.statusCode} showing ${shown}`);
  };

  it("enumerates every procedure of the app router, so a new one is fuzzed without a change here", () => {
    const paths = procedures().map(([path]) => path);
    expect(paths.length).toBeGreaterThan(20);
    for (const known of ["auth.signIn", "transactions.search", "notes.add", "finance.settlements"])
      expect(paths).toContain(known);
  });

  it.each([["admin"], ["signed out"]] as const)(
    "refuses NUL, control characters, lone surrogates and deep nesting with 400 on every procedure (%s)",
    async (who) => {
      for (const [path, type] of procedures()) {
        if (path === "auth.signOut") continue; // run last, below, with a session of its own
        for (const hostile of GUARDED_TRPC_INPUTS) {
          const reply = await call(path, type, who === "admin" ? admin() : signedOut, hostile.body);
          const label = `${path} (${who}) ${hostile.name}`;
          expectSafe(reply, label);
          expect(reply.statusCode, `${label}: ${reply.body.slice(0, 200)}`).toBe(400);
          expect(reply.body, label).toMatch(
            /text contains a control character|text contains an invalid character|nested too deeply/,
          );
        }
      }
    },
    120_000,
  );

  it.each([["admin"], ["signed out"]] as const)(
    "answers wrong types, huge numbers, invalid UTF-8 and random input with a 4xx on every procedure (%s)",
    async (who) => {
      const random = fc.oneof(
        fc.json({ maxDepth: 3 }),
        nasty.map((text) => JSON.stringify(text)),
        fc.constantFrom("{", '{"json":', '{"json":{"id":"\' OR 1=1"}}', '{"json":{"amountMinor":1e999}}'),
      );
      for (const [path, type] of procedures()) {
        if (path === "auth.signOut") continue;
        const caller = who === "admin" ? admin() : signedOut;
        for (const hostile of MALFORMED_TRPC_INPUTS)
          expectSafe(
            await call(path, type, caller, hostile.body, hostile.contentType),
            `${path} (${who}) ${hostile.name}`,
          );
        await fc.assert(
          fc.asyncProperty(random, async (raw) =>
            expectSafe(await call(path, type, caller, raw), `${path} (${who}) ${raw.slice(0, 120)}`),
          ),
          { seed: SEED, numRuns: 8 },
        );
      }
      expect(await count("transactions")).toBe(0);
    },
    120_000,
  );

  it("fuzzes sign-out last, with a session of its own", async () => {
    const own = await signInAsAdmin();
    for (const hostile of [...GUARDED_TRPC_INPUTS, ...MALFORMED_TRPC_INPUTS]) {
      expectSafe(
        await call("auth.signOut", "mutation", own, hostile.body, hostile.contentType),
        `auth.signOut ${hostile.name}`,
      );
      expectSafe(
        await call("auth.signOut", "mutation", signedOut, hostile.body, hostile.contentType),
        `auth.signOut (signed out) ${hostile.name}`,
      );
    }
  });

  it.each(
    HOSTILE_WEBHOOK_BODIES.flatMap((hostile) =>
      PROVIDER_IDS.map((provider) => [provider, hostile.name, hostile] as const),
    ),
  )("%s webhook endpoint: %s gets a 4xx that shows nothing inside", async (provider, name, hostile) => {
    const reply = await server.app.inject({
      method: "POST",
      url: paths[provider] ?? "",
      payload: hostile.body,
      headers: { "content-type": hostile.contentType },
    });
    expectSafe(reply, `${provider} webhook ${name}`);
    expect(await count("webhook_inbox", sql`state <> 'rejected'`)).toBe(0);
  });

  it("every CSV export answers hostile query strings with a 4xx or the CSV, never a 5xx or the server's insides, signed in and out", async () => {
    const exports = exportPaths();
    expect(exports).toEqual(
      expect.arrayContaining([
        "/export/transactions.csv",
        "/export/settlements.csv",
        "/export/ledger.csv",
        "/export/reconciliation.csv",
      ]),
    );
    for (const url of exports) {
      for (const [name, query] of HOSTILE_QUERIES) {
        for (const who of [admin(), signedOut]) {
          const reply = await server.app.inject({
            method: "GET",
            url: `${url}?${query}`,
            headers: who.cookie ? { cookie: who.cookie } : {},
          });
          expectSafe(reply, `${url} (${who.name}) ${name}`);
          if (!who.cookie) expect(reply.statusCode, `${url} signed out ${name}`).toBeGreaterThanOrEqual(400);
        }
      }
      const nul = await server.app.inject({
        method: "GET",
        url: `${url}?q=%00&from=2026-01-01&to=2026-01-02&timeZone=UTC`,
        headers: { cookie },
      });
      expect(nul.statusCode).toBe(400);
      expect(nul.json()).toEqual({ error: "text contains a control character" });
    }
  });

  it("answers unknown paths, bad URLs and /healthz without the server's insides", async () => {
    for (const url of [
      "/nowhere",
      "/trpc/no.such.procedure",
      "/export/%ZZ.csv",
      "/webhooks/%E0%A4%A/x",
      "/%00",
      `/${"a".repeat(6000)}`,
    ]) {
      const reply = await server.app.inject({ method: "GET", url });
      expectSafe(reply, url);
      expect(reply.statusCode, url).toBeGreaterThanOrEqual(400);
    }
    // Hostile credentials: a session cookie or API token that is not one of ours is signed out, not a crash.
    for (const headers of [
      { cookie: "paylens_session=%00%ff" },
      { cookie: `paylens_session=${"x".repeat(5000)}` },
      { authorization: "Bearer pl_%00\\'" },
      { authorization: `Bearer ${"pl_".repeat(2000)}` },
      { authorization: "Basic ////" },
    ]) {
      for (const url of [
        "/trpc/auth.me",
        "/trpc/transactions.list",
        "/export/ledger.csv?from=2026-01-01&to=2026-01-02&timeZone=UTC",
      ]) {
        const reply = await server.app.inject({ method: "GET", url, headers });
        expectSafe(reply, `${url} with ${JSON.stringify(headers).slice(0, 60)}`);
      }
    }
    // A batch carries one input per call: each is guarded on its own.
    const batch = await server.app.inject({
      method: "GET",
      url: `/trpc/health.check,transactions.search?batch=1&input=${encodeURIComponent(JSON.stringify({ 0: { json: null }, 1: { json: { q: "\u0000" } } }))}`,
      headers: { cookie },
    });
    expectSafe(batch, "batch");
    expect(batch.json<Array<{ error?: { json: { message: string } } }>>()[1]?.error?.json.message).toBe(
      "text contains a control character",
    );
    // A schema's refusal reads as one line naming the field.
    const wrongLimit = await server.app.inject({
      method: "GET",
      url: `/trpc/transactions.search?input=${encodeURIComponent(JSON.stringify({ json: { q: "", limit: "fifty" } }))}`,
      headers: { cookie },
    });
    expect(wrongLimit.statusCode).toBe(400);
    expect(wrongLimit.json<{ error: { json: { message: string } } }>().error.json.message).toMatch(/^limit: /);
    const health = await server.app.inject({ method: "GET", url: "/healthz" });
    expect(health.statusCode).toBe(200);
  });

  it("sends security headers with every answer", async () => {
    const reply = await server.app.inject({ method: "GET", url: "/healthz" });
    expect(reply.headers["content-security-policy"]).toMatch(/default-src 'self'/);
    expect(reply.headers["content-security-policy"]).toMatch(/frame-ancestors 'none'/);
    expect(reply.headers["x-content-type-options"]).toBe("nosniff");
    expect(reply.headers["x-frame-options"]).toBe("SAMEORIGIN");
  });

  it("gives a new session on sign-in, never the one the browser brought (no fixation)", async () => {
    const planted = "paylens_session=planted-by-someone-else";
    const reply = await server.app.inject({
      method: "POST",
      url: "/trpc/auth.signIn",
      headers: { "content-type": "application/json", cookie: planted },
      payload: JSON.stringify({ json: { email: "admin@example.com", password: "correct horse battery" } }),
    });
    expect(reply.statusCode).toBe(200);
    const issued = reply.cookies.find((c) => c.name === "paylens_session");
    expect(issued?.value).toBeTruthy();
    expect(issued?.value).not.toBe("planted-by-someone-else");
    expect(issued?.httpOnly).toBe(true);
    expect(issued?.sameSite).toBe("Strict");
    const me = await server.app.inject({ method: "GET", url: "/trpc/auth.me", headers: { cookie: planted } });
    expect(me.json<{ result: { data: { json: unknown } } }>().result.data.json).toBeNull();
  });
  it("limits sign-in attempts per address", async () => {
    const attempt = () =>
      server.app.inject({
        method: "POST",
        url: "/trpc/auth.signIn",
        headers: { "content-type": "application/json" },
        remoteAddress: "198.51.100.9",
        payload: JSON.stringify({ json: { email: "nobody@example.com", password: "wrong password" } }),
      });
    const codes: number[] = [];
    for (let i = 0; i < 12; i++) codes.push((await attempt()).statusCode);
    expect(codes.slice(0, 10).every((c) => c === 401)).toBe(true);
    expect(codes.slice(10)).toEqual([429, 429]);
  });
});
