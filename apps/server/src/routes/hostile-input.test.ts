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
import { PROVIDERS } from "@paylens/domain/transaction";
import type { ContractSample } from "@paylens/providers/contract-sample";
import { connectorFor } from "@paylens/providers/connectors";
import { AccountBook, type ConfiguredAccount } from "../accounts.ts";
import { createServer } from "../server.ts";

const SEED = 20261203;
const RUNS = 60;

const nasty = fc.oneof(
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.json({ maxDepth: 4 }),
  fc.constantFrom("{", "[", "null", "true", '{"__proto__":{"polluted":1}}', "' OR 1=1 --", "'); DROP TABLE transactions; --", "\u0000\u0001\uFFFF", "%00%ff=&&==", "a=1&a=2&a[]=3", "\uD800", "🙂".repeat(500), "{\"uid\":1e309}", "<script>alert(1)</script>"),
  fc.dictionary(fc.string({ maxLength: 20 }), fc.oneof(fc.string({ maxLength: 50 }), fc.integer(), fc.constant(null))).map((o) => new URLSearchParams(o as Record<string, string>).toString()),
);
const contentType = fc.constantFrom("application/json", "application/x-www-form-urlencoded", "text/plain", "application/xml", "multipart/form-data; boundary=x", "", "application/json; charset=utf-16");

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
    for (const provider of PROVIDERS) {
      const sample = await sampleOf(provider);
      // One account per provider; the samples' signatures do not matter, every body here is hostile.
      const id = `fuzz-${provider}`;
      paths[provider] = `/webhooks/${provider}/${id}`;
      configured.push({ account: { id, provider, name: provider, baseUrl: "http://127.0.0.1:9" }, credentials: sample.credentials, demo: false });
    }
    await upsertAccounts(database.db, configured.map(({ account }) => ({ ...account, demo: false })));
    await createUser(database.db, { email: "admin@example.com", name: "Admin", role: "admin", passwordHash: await hashPassword("correct horse battery") });
    server = await createServer({ db: database.db, dbKind: database.kind, accounts: new AccountBook(configured), webDist: null, logger: false });
    const signIn = await server.app.inject({ method: "POST", url: "/trpc/auth.signIn", headers: { "content-type": "application/json" }, payload: JSON.stringify({ json: { email: "admin@example.com", password: "correct horse battery" } }) });
    cookie = signIn.headers["set-cookie"]?.toString().split(";")[0] ?? "";
    csrf = signIn.json<{ result: { data: { json: { csrfToken: string } } } }>().result.data.json.csrfToken;
  }, 60_000);
  afterAll(async () => {
    await server.stop();
    await database.close();
  });

  const count = async (table: "transactions" | "webhook_inbox", where = sql`true`) =>
    Number((await database.db.execute<{ n: string }>(sql`select count(*) as n from ${sql.identifier(table)} where ${where}`)).rows[0]?.n);

  it.each(PROVIDERS.map((p) => [p] as const))("%s webhook endpoint: random bodies and headers are refused, stored as rejected at most, never applied", async (provider) => {
    const rejected = connectorFor(provider)?.webhookReplies.rejected.statusCode;
    await fc.assert(
      fc.asyncProperty(nasty, contentType, fc.string({ maxLength: 80 }), async (body, type, signature) => {
        const reply = await server.app.inject({
          method: "POST",
          url: paths[provider] ?? "",
          payload: body,
          headers: { "content-type": type, "content-signature": signature, signature: `algorithm=RSA256,keyVersion=1,signature=${encodeURIComponent(signature)}`, "client-id": signature, "request-time": signature, authorization: `Basic ${Buffer.from(signature).toString("base64")}` },
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
  });

  it("refuses a body over the size limit with 413 and stores nothing", async () => {
    const before = await count("webhook_inbox");
    const reply = await server.app.inject({ method: "POST", url: paths["begateway"] ?? "", payload: "x".repeat(1024 * 1024 + 1), headers: { "content-type": "application/json" } });
    expect(reply.statusCode).toBe(413);
    expect(await count("webhook_inbox")).toBe(before);
  });

  it("answers every tRPC procedure's random input with a 4xx, never a 5xx, and changes no transaction", async () => {
    const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>);
    expect(procedures.length).toBeGreaterThan(20);
    const input = fc.oneof(fc.json({ maxDepth: 3 }), nasty.map((text) => JSON.stringify(text)), fc.constantFrom("{", '{"json":', '{"json":{"id":"\' OR 1=1"}}', '{"json":{"amountMinor":1e999}}'));
    for (const [path, procedure] of procedures) {
      if (path === "auth.signIn" || path === "auth.signOut") continue; // sign-in has its own rate limit; sign-out would end the session
      await fc.assert(
        fc.asyncProperty(input, async (raw) => {
          const isQuery = procedure._def.type === "query";
          const reply = isQuery
            ? await server.app.inject({ method: "GET", url: `/trpc/${path}?input=${encodeURIComponent(raw)}`, headers: { cookie } })
            : await server.app.inject({ method: "POST", url: `/trpc/${path}`, payload: raw, headers: { cookie, "x-csrf-token": csrf, "content-type": "application/json" } });
          if (reply.statusCode >= 500) throw new Error(`${path} answered ${reply.statusCode} to ${raw.slice(0, 120)}: ${reply.body.slice(0, 300)}`);
        }),
        { seed: SEED, numRuns: 15 },
      );
    }
    expect(await count("transactions")).toBe(0);
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
    const reply = await server.app.inject({ method: "POST", url: "/trpc/auth.signIn", headers: { "content-type": "application/json", cookie: planted }, payload: JSON.stringify({ json: { email: "admin@example.com", password: "correct horse battery" } }) });
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
    const attempt = () => server.app.inject({ method: "POST", url: "/trpc/auth.signIn", headers: { "content-type": "application/json" }, remoteAddress: "198.51.100.9", payload: JSON.stringify({ json: { email: "nobody@example.com", password: "wrong password" } }) });
    const codes: number[] = [];
    for (let i = 0; i < 12; i++) codes.push((await attempt()).statusCode);
    expect(codes.slice(0, 10).every((c) => c === 401)).toBe(true);
    expect(codes.slice(10)).toEqual([429, 429]);
  });

});
