// reportSchedules.*: who may schedule, what is refused (a 4xx, nothing stored), idempotent saves, each user's own.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@paylens/db/client";
import { createChannel } from "@paylens/db/queries/alert-channels";
import { listAudit } from "@paylens/db/queries/audit";
import { createTestDb } from "@paylens/db/test-db";
import type { Role } from "@paylens/domain/roles";
import { createContextInner } from "../context.ts";
import { appRouter } from "../root.ts";
import { principalFor } from "../test-principals.ts";
import { createCallerFactory } from "../trpc.ts";

describe("scheduled reports", () => {
  let database: Database;
  let channelId = "";
  let viewId = "";
  const caller = (role: Role | null = "finance", id?: string) =>
    createCallerFactory(appRouter)(
      createContextInner({
        db: database.db,
        dbKind: database.kind,
        principal: role === null ? null : principalFor(role, `${role} tester`, id),
      }),
    );
  const audit = async () =>
    (await listAudit(database.db, {}, 100, null)).items.filter((e) => e.action.startsWith("report.schedule."));

  beforeAll(async () => {
    database = await createTestDb();
    channelId = (
      await createChannel(database.db, {
        id: randomUUID(),
        kind: "email",
        name: "Finance mailbox",
        target: { host: "127.0.0.1", port: 2525, secure: false, from: "paylens@shop.test", to: "finance@shop.test" },
        secret: null,
        rules: [],
        createdBy: null,
      })
    ).channel.id;
    viewId = (
      await caller().views.save({
        name: "Failed",
        query: "status:failed",
        sort: "created",
        dir: "desc",
        columns: [],
        pageSize: 50,
        density: "comfortable",
      })
    ).id;
  });
  afterAll(() => database.close());

  const settlements = (id: string = randomUUID()) => ({
    id,
    name: "Daily settlements",
    source: "settlements" as const,
    filters: { accountId: "antom-demo" },
    cadence: "daily" as const,
    weekday: null,
    hour: 7,
    timeZone: "Europe/Warsaw",
    channelId,
  });

  it("creates once per id, audits it once, lists it with its next due time, edits, pauses and deletes", async () => {
    const input = settlements();
    const created = await caller().reportSchedules.save(input);
    expect(created).toMatchObject({ id: input.id, cadence: "daily", hour: 7, paused: false, filters: input.filters });
    // The dialog's second submit: the same schedule, no second audit entry.
    await caller().reportSchedules.save(input);
    const [listed, ...others] = await caller().reportSchedules.list();
    expect(others).toEqual([]);
    expect(listed).toMatchObject({ id: input.id, channel: { name: "Finance mailbox", kind: "email" }, runs: [] });
    expect(listed?.nextAt).toBeInstanceOf(Date);
    expect((await audit()).map((e) => e.action)).toEqual(["report.schedule.create"]);

    await caller().reportSchedules.save({ ...input, cadence: "weekly", weekday: 1 });
    await caller().reportSchedules.setPaused({ id: input.id, paused: true });
    await caller().reportSchedules.setPaused({ id: input.id, paused: true });
    expect((await caller().reportSchedules.list())[0]).toMatchObject({ weekday: 1, paused: true, nextAt: null });
    await caller().reportSchedules.remove({ id: input.id });
    expect(await caller().reportSchedules.list()).toEqual([]);
    expect((await audit()).map((e) => e.action).sort()).toEqual([
      "report.schedule.create",
      "report.schedule.delete",
      "report.schedule.pause",
      "report.schedule.update",
    ]);
  });

  it("schedules a saved view of the caller's own", async () => {
    const saved = await caller().reportSchedules.save({
      id: randomUUID(),
      name: "Failed payments",
      source: "view",
      viewId,
      cadence: "weekly",
      weekday: 5,
      hour: 18,
      timeZone: "Europe/Minsk",
      channelId,
    });
    expect(saved).toMatchObject({ source: "view", viewId, viewName: "Failed", filters: {} });
    await caller().reportSchedules.remove({ id: saved.id });
  });

  it("refuses bad input with a 4xx and stores nothing", async () => {
    const bad: unknown[] = [
      { ...settlements(), hour: 24 },
      { ...settlements(), timeZone: "Mars/Olympus" },
      { ...settlements(), cadence: "weekly", weekday: null },
      { ...settlements(), weekday: 3 },
      { ...settlements(), cadence: "hourly" },
      { ...settlements(), name: "  " },
      { ...settlements(), id: "not-a-uuid" },
      { ...settlements(), filters: { currency: "euro" } },
      { ...settlements(), filters: { sql: "drop table" } },
      { ...settlements(), source: "ledger" },
      { ...settlements(), channelId: randomUUID() },
      { ...settlements(), source: "view", viewId: randomUUID() },
    ];
    const audited = (await audit()).length;
    for (const input of bad) {
      const error = await caller()
        .reportSchedules.save(input as never)
        .then(
          () => null,
          (e: { code?: string }) => e,
        );
      expect(["BAD_REQUEST", "NOT_FOUND"], JSON.stringify(input)).toContain(error?.code);
    }
    expect(await caller().reportSchedules.list()).toEqual([]);
    expect(await audit()).toHaveLength(audited);
  });

  it("needs a sign-in, and keeps each user's schedules their own", async () => {
    await expect(caller(null).reportSchedules.list()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(caller(null).reportSchedules.save(settlements())).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    const mine = await caller("finance").reportSchedules.save(settlements());
    const other = caller("support", "someone-else");
    expect(await other.reportSchedules.list()).toEqual([]);
    await expect(other.reportSchedules.save({ ...settlements(mine.id), hour: 3 })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(other.reportSchedules.setPaused({ id: mine.id, paused: true })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(other.reportSchedules.remove({ id: mine.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Another user's view cannot be scheduled either.
    await expect(
      other.reportSchedules.save({ ...settlements(), source: "view", viewId } as never),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await caller("finance").reportSchedules.list())[0]).toMatchObject({ hour: 7, paused: false });
    expect(await other.reportSchedules.channels()).toEqual([{ id: channelId, kind: "email", name: "Finance mailbox" }]);
  });
});
