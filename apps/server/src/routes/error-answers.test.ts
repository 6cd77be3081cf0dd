import Fastify from "fastify";
import { describe, expect, it } from "vitest";
import { createTestDb } from "@paylens/db/test-db";
import { AccountBook } from "../accounts.ts";
import { createServer } from "../server.ts";
import { errorAnswers, notFoundAnswer } from "./error-answers.ts";

async function appWith(debug: boolean) {
  const app = Fastify({ logger: false });
  errorAnswers(app, { debug });
  notFoundAnswer(app);
  app.get("/sql", async () => {
    throw new Error('Failed query: select * from "transactions" where id = $1\n    at run (/work/wt/x/src/q.ts:3:1)');
  });
  app.get("/refused", async () => {
    throw Object.assign(new Error('invalid input syntax for type uuid: "x"'), { code: "22P02" });
  });
  app.get("/plain-4xx", async () => {
    throw Object.assign(new Error("Request body is too large"), { statusCode: 413 });
  });
  app.get("/leaky-4xx", async () => {
    throw Object.assign(new Error("ENOENT: no such file, open '/work/app/src/secret.ts'"), { statusCode: 400 });
  });
  return app;
}

describe("error answers outside tRPC", () => {
  it("answers a 5xx with a generic message and the request id, never the SQL, stack or path", async () => {
    const app = await appWith(false);
    const reply = await app.inject({ method: "GET", url: "/sql" });
    expect(reply.statusCode).toBe(500);
    const body = reply.json<{ error: string; requestId: string }>();
    expect(body).toEqual({
      error: `Something went wrong on our side (request ${body.requestId})`,
      requestId: expect.any(String),
    });
  });

  it("answers the database's refusal of the caller's data with 400 in words", async () => {
    const reply = await (await appWith(false)).inject({ method: "GET", url: "/refused" });
    expect([reply.statusCode, reply.json()]).toEqual([400, { error: "a value is not in the expected format" }]);
  });

  it("keeps a plain 4xx message and replaces one that shows a path", async () => {
    const app = await appWith(false);
    expect((await app.inject({ method: "GET", url: "/plain-4xx" })).json()).toEqual({
      error: "Request body is too large",
    });
    expect((await app.inject({ method: "GET", url: "/leaky-4xx" })).json()).toEqual({ error: "bad request" });
    expect((await app.inject({ method: "GET", url: "/nowhere" })).json()).toEqual({ error: "not found" });
  });

  it("shows the details only in debug mode", async () => {
    const reply = await (await appWith(true)).inject({ method: "GET", url: "/sql" });
    expect(reply.json()).toMatchObject({ detail: expect.stringMatching(/Failed query/) });
  });

  it("answers /healthz with 503 and no driver message when the database is gone", async () => {
    const database = await createTestDb();
    const server = await createServer({
      db: database.db,
      dbKind: database.kind,
      accounts: new AccountBook([]),
      webDist: null,
      logger: false,
    });
    await database.close();
    const reply = await server.app.inject({ method: "GET", url: "/healthz" });
    expect(reply.statusCode).toBe(503);
    expect(reply.json()).toEqual({ ok: false, db: database.kind, error: "database unreachable" });
    await server.stop();
  }, 60_000);
});
