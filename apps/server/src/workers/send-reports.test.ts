// Scheduled reports end to end on local receivers: a due schedule's CSV (the export's own, no card number in it) reaches
// a signed webhook inline, an SMTP mailbox as an attachment, and Slack as a link; two workers racing send each period
// once; a failure is retried and recorded; a paused schedule and a period not yet due send nothing.
import { randomBytes, randomUUID } from "node:crypto";
import { parse } from "csv-parse/sync";
import pino from "pino";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@paylens/db/client";
import { createChannel } from "@paylens/db/queries/alert-channels";
import { recentRuns } from "@paylens/db/queries/report-runs";
import { saveSchedule, type ScheduleInput, setSchedulePaused } from "@paylens/db/queries/report-schedules";
import { saveView } from "@paylens/db/queries/views";
import { createTestDb } from "@paylens/db/test-db";
import { insertTestTransactions } from "@paylens/db/test-transactions";
import { containsPan } from "@paylens/domain/card";
import type { ReportEvent } from "../alert-delivery/send-report.ts";
import { httpReceiver, smtpReceiver } from "../alert-delivery/test-receivers.ts";
import { type ReportSettings, sendDueReports } from "./send-reports.ts";

const log = pino({ level: "silent" });
const OWNER = "finance-clerk";
const settings = (): ReportSettings => ({
  consoleUrl: "http://console.test/",
  maxBytes: 1_000_000,
  policy: { firstDelayMs: 60_000, maxDelayMs: 600_000, maxAttempts: 3, leaseMs: 120_000, batch: 20 },
});
// Made at 07:00 UTC on 1 December; 09:00 in Warsaw is 08:00 UTC.
const MADE = new Date("2026-12-01T07:00:00Z");
const at = (iso: string) => new Date(iso);
/** The mail's text with quoted-printable UTF-8 decoded (the headline's quotes are non-ASCII). */
const decoded = (data: string) =>
  Buffer.from(
    data
      .replace(/\r?\n[ \t]+/g, " ")
      .replace(/=\r?\n/g, "")
      .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    "latin1",
  ).toString("utf8");
const parseCsv = (text: string) => parse(text, { columns: true }) as Record<string, string>[];

describe("scheduled reports", () => {
  let database: Database;
  let receiver: Awaited<ReturnType<typeof httpReceiver>>;
  let smtp: Awaited<ReturnType<typeof smtpReceiver>>;
  const secret = `whsec_${randomBytes(24).toString("base64")}`;
  const ids = { webhook: randomUUID(), mail: randomUUID(), slack: randomUUID(), settlements: randomUUID() };

  beforeAll(async () => {
    database = await createTestDb();
    const { db } = database;
    receiver = await httpReceiver([]);
    smtp = await smtpReceiver();
    await insertTestTransactions(db, [
      { providerUid: "rep-1", status: "failed", amountMinor: 1999n, currency: "EUR", message: "Do not honour" },
      // The card guard redacts at entry; the report must show it as stored, with no card number anywhere.
      {
        providerUid: "rep-2",
        status: "failed",
        amountMinor: 500n,
        currency: "PLN",
        cardBin: "454294",
        cardLast4: "4242",
        message: "declined",
      },
      { providerUid: "rep-3", status: "successful", amountMinor: 700n, currency: "EUR" },
    ]);
    const view = await saveView(db, OWNER, {
      name: "Failed",
      query: "status:failed",
      sort: "amount",
      dir: "desc",
      columns: [],
      pageSize: 50,
      density: "comfortable",
    });
    const channel = async (kind: "webhook" | "email" | "slack") =>
      (
        await createChannel(db, {
          id: randomUUID(),
          kind,
          name: kind,
          target:
            kind === "webhook"
              ? { url: `${receiver.url}/hooks/reports` }
              : kind === "email"
                ? {
                    host: "127.0.0.1",
                    port: smtp.port,
                    secure: false,
                    from: "paylens@shop.test",
                    to: "finance@shop.test",
                  }
                : {},
          secret: kind === "webhook" ? secret : kind === "slack" ? `${receiver.url}/services/T0/B0/XXXX` : null,
          rules: [],
          createdBy: null,
        })
      ).channel.id;
    const base = { cadence: "daily", weekday: null, hour: 9, timeZone: "Europe/Warsaw", filters: {} } as const;
    const viewReport = { ...base, name: "Failed payments", source: "view", viewId: view?.id ?? "" } as const;
    const schedules: ScheduleInput[] = [
      { ...viewReport, id: ids.webhook, channelId: await channel("webhook") },
      { ...viewReport, id: ids.mail, channelId: await channel("email") },
      { ...viewReport, id: ids.slack, channelId: await channel("slack") },
      {
        ...base,
        id: ids.settlements,
        name: "Settlements",
        source: "settlements",
        viewId: null,
        cadence: "weekly",
        weekday: 1,
        channelId: await channel("email"),
      },
    ];
    for (const schedule of schedules) await saveSchedule(db, OWNER, schedule, MADE);
  });
  afterAll(async () => {
    await new Promise((resolve) => receiver.server.close(resolve));
    await smtp.close();
    await database.close();
  });

  it("sends nothing before the first due hour", async () => {
    await sendDueReports(database.db, settings(), log, at("2026-12-01T07:59:00Z"));
    expect(receiver.received).toEqual([]);
    expect(smtp.mails).toEqual([]);
  });

  it("sends each due report once when two workers race, through each kind of channel", async () => {
    const { db } = database;
    const due = at("2026-12-01T08:00:30Z");
    await Promise.all([
      sendDueReports(db, settings(), log, due),
      sendDueReports(db, settings(), log, due),
      sendDueReports(db, settings(), log, due),
    ]);
    // And once more later the same day: the period is already done.
    await sendDueReports(db, settings(), log, at("2026-12-01T15:00:00Z"));

    const hooks = receiver.received.filter((r) => r.path === "/hooks/reports");
    expect(hooks).toHaveLength(1);
    const event = new Webhook(secret).verify(hooks[0]?.body ?? "", {
      "webhook-id": String(hooks[0]?.headers["webhook-id"]),
      "webhook-timestamp": String(hooks[0]?.headers["webhook-timestamp"]),
      "webhook-signature": String(hooks[0]?.headers["webhook-signature"]),
    }) as ReportEvent;
    expect(event).toMatchObject({
      type: "report.ready",
      data: { name: "Failed payments", period: "2026-12-01", rows: 2, contentType: "text/csv" },
    });
    expect(event.data.url).toBe("http://console.test/transactions?q=status%3Afailed&sort=amount&dir=desc");
    const rows = parseCsv(event.data.csv);
    // The export's columns and order: the view's failed payments, largest first.
    expect(rows.map((r) => [r.provider_uid, r.amount, r.currency])).toEqual([
      ["rep-1", "19.99", "EUR"],
      ["rep-2", "5.00", "PLN"],
    ]);
    expect(rows[1]).toMatchObject({ card_bin: "454294", card_last4: "4242" });
    expect(containsPan(event.data.csv)).toBe(false);

    const slack = receiver.received.filter((r) => r.path.startsWith("/services/"));
    expect(slack).toHaveLength(1);
    expect(JSON.parse(slack[0]?.body ?? "{}")).toMatchObject({
      text: expect.stringContaining("|Open in Paylens>"),
    });

    // One mail for the daily view; the weekly settlements wait for Monday.
    expect(smtp.mails).toHaveLength(1);
    const mail = decoded(smtp.mails[0]?.data ?? "");
    expect(smtp.mails[0]?.to).toEqual(["finance@shop.test"]);
    expect(mail).toContain("[Paylens] Report “Failed payments”, 2026-12-01: 2 rows");
    expect(mail).toContain("filename=transactions-2026-12-01.csv");
    const raw = smtp.mails[0]?.data ?? "";
    const attachment = raw.split("filename=transactions-2026-12-01.csv\r\n\r\n")[1]?.split("\r\n--")[0] ?? "";
    const csv = Buffer.from(attachment.replace(/\s+/g, ""), "base64").toString("utf8");
    expect(parseCsv(csv).map((r) => r.provider_uid)).toEqual(["rep-1", "rep-2"]);

    const runs = await recentRuns(db, Object.values(ids), 10);
    expect(runs.map((r) => [r.scheduleId, r.period, r.state, r.rows, r.attempts]).sort()).toEqual(
      [
        [ids.webhook, "2026-12-01", "sent", 2, 1],
        [ids.mail, "2026-12-01", "sent", 2, 1],
        [ids.slack, "2026-12-01", "sent", 2, 1],
      ].sort(),
    );
  });

  it("sends the weekly settlements of the seven days before, in the schedule's zone", async () => {
    // 2026-12-07 is a Monday; 09:00 in Warsaw.
    await sendDueReports(database.db, settings(), log, at("2026-12-07T08:05:00Z"));
    const settlementMail = smtp.mails.map((m) => decoded(m.data)).find((m) => m.includes("“Settlements”"));
    expect(settlementMail).toContain("settlements-2026-11-30-2026-12-06.csv");
    expect(settlementMail).toContain("/settlements?from=2026-11-30&to=2026-12-06&tz=Europe%2FWarsaw");
    const [run] = await recentRuns(database.db, [ids.settlements], 1);
    expect(run).toMatchObject({ period: "2026-12-07", state: "sent" });
  });

  it("retries a failed delivery with its reason recorded, and a paused schedule sends nothing", async () => {
    const { db } = database;
    await setSchedulePaused(db, OWNER, ids.mail, true, at("2026-12-08T00:00:00Z"));
    await setSchedulePaused(db, OWNER, ids.slack, true, at("2026-12-08T00:00:00Z"));
    await setSchedulePaused(db, OWNER, ids.settlements, true, at("2026-12-08T00:00:00Z"));
    const mailsBefore = smtp.mails.length;
    const hooksBefore = receiver.received.length;
    receiver.received.length = 0;
    // The webhook's receiver is down for the first attempt of 8 December's report.
    const answers = [503];
    const original = receiver.server.listeners("request");
    receiver.server.removeAllListeners("request");
    receiver.server.on("request", (request, response) => {
      if (answers.length > 0) {
        response.statusCode = answers.shift() ?? 200;
        response.end("maintenance");
        return;
      }
      for (const listener of original) (listener as (...args: unknown[]) => void)(request, response);
    });
    await sendDueReports(db, settings(), log, at("2026-12-08T08:01:00Z"));
    let [run] = await recentRuns(db, [ids.webhook], 1);
    expect(run).toMatchObject({
      period: "2026-12-08",
      state: "pending",
      attempts: 1,
      lastError: "HTTP 503: maintenance",
    });
    await sendDueReports(db, settings(), log, at("2026-12-08T08:10:00Z"));
    [run] = await recentRuns(db, [ids.webhook], 1);
    expect(run).toMatchObject({ period: "2026-12-08", state: "sent", attempts: 2, lastError: null });
    expect(receiver.received.filter((r) => r.path === "/hooks/reports")).toHaveLength(1);
    expect(smtp.mails.length).toBe(mailsBefore);
    expect(hooksBefore).toBeGreaterThan(0);
  });
});
