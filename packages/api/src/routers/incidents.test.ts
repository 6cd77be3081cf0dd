// incidents: refused outside demo mode; in demo mode passed to the server's control object.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@paylens/db/client";
import { createTestDb, type TestDatabase } from "@paylens/db/test-db";
import { principalFor } from "../test-principals.ts";
import { createContextInner, type IncidentChange, type IncidentState } from "../context.ts";
import { appRouter } from "../root.ts";
import { createCallerFactory } from "../trpc.ts";

const state: IncidentState = {
  issuer: null,
  webhooks: [],
  api: [],
  issuers: ["CHASE"],
  backfill: { done: 1200, total: 3000 },
};

describe("incidents", () => {
  let database: TestDatabase;
  let db: Db;
  beforeAll(async () => {
    database = await createTestDb();
    db = database.db;
  });
  afterAll(() => database.close());

  it("refuses to switch anything outside demo mode and reports demo: false", async () => {
    const caller = createCallerFactory(appRouter)(
      createContextInner({ db, dbKind: "pglite", principal: principalFor("ops") }),
    );
    await expect(caller.incidents.set({ kind: "issuer", issuer: "CHASE" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await caller.incidents.state()).toEqual({
      demo: false,
      issuer: null,
      webhooks: [],
      api: [],
      issuers: [],
      backfill: null,
    });
  });

  it("passes a change to the control in demo mode and turns its errors into BAD_REQUEST", async () => {
    const changes: IncidentChange[] = [];
    const incidents = {
      state: () => state,
      set: (change: IncidentChange) => {
        if (change.kind === "webhooks" && change.provider === "nope") throw new Error('unknown provider "nope"');
        changes.push(change);
      },
    };
    const caller = createCallerFactory(appRouter)(
      createContextInner({ db, dbKind: "pglite", incidents, principal: principalFor("ops") }),
    );
    expect(
      await caller.incidents.set({ kind: "api", provider: "antom", latencyMultiplier: 5, failureRate: 0.3 }),
    ).toMatchObject({ demo: true });
    expect(changes).toEqual([{ kind: "api", provider: "antom", latencyMultiplier: 5, failureRate: 0.3 }]);
    await expect(caller.incidents.set({ kind: "webhooks", provider: "nope", mode: "stopped" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(caller.incidents.set({ kind: "api", provider: "antom", failureRate: 2 })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    // The change that went through is on the audit record, with who made it.
    const audit = await caller.audit.list({});
    expect(audit.items.map((e) => ({ action: e.action, actorName: e.actorName, subject: e.subject }))).toEqual([
      { action: "settings.incident", actorName: "ops tester", subject: "api" },
    ]);
  });

  it("refuses a support user's change with FORBIDDEN", async () => {
    const caller = createCallerFactory(appRouter)(
      createContextInner({
        db,
        dbKind: "pglite",
        incidents: { state: () => state, set: () => undefined },
        principal: principalFor("support"),
      }),
    );
    await expect(caller.incidents.set({ kind: "issuer", issuer: "CHASE" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
