// Scheduled reports: each pass makes the run of every schedule whose period has come (one row per schedule and period:
// the database decides which instance made it), then claims due runs with SKIP LOCKED, builds the CSV through the
// export's own code path, sends it through the schedule's channel, and records sent (with the row count) or the retry,
// with the alert deliveries' backoff (deliver-alerts.ts).
import type { Readable } from "node:stream";
import type { FastifyBaseLogger } from "fastify";
import { parseQuery } from "@paylens/api/search-input";
import type { Db } from "@paylens/db/client";
import type { Language } from "@paylens/domain/languages";
import { claimDueRuns, type DueRun, enqueueRun, recordRunAttempt } from "@paylens/db/queries/report-runs";
import { activeSchedules } from "@paylens/db/queries/report-schedules";
import { lastDue, reportedDays } from "@paylens/domain/report-schedule";
import { SEARCH_SORTS, type SearchSort } from "@paylens/domain/search-query";
import { DeliveryRefused } from "../alert-delivery/send-notice.ts";
import { type ReportFile, sendReport } from "../alert-delivery/send-report.ts";
import { transactionsCsv } from "../routes/export.ts";
import { settlementsCsv } from "../routes/finance-export.ts";
import { attemptSend, DEFAULT_DELIVERY_POLICY, type DeliveryPolicy } from "./deliver-alerts.ts";
import { type Loop, startLoop } from "./loop.ts";

export interface ReportSettings {
  consoleUrl: string;
  /** A CSV above this is not sent (an e-mail server or receiver would refuse it): the run fails and says so. */
  maxBytes: number;
  policy: DeliveryPolicy;
  /** The words around the CSV (PAYLENS_ALERT_LANGUAGE, as the alert notices): English when not given. */
  language?: Language;
}

/** Makes the run of each schedule whose latest due moment has come since it was (re)started; returns how many. */
export async function queueDueReports(db: Db, now: Date): Promise<number> {
  let made = 0;
  for (const schedule of await activeSchedules(db)) {
    const due = lastDue(schedule, now);
    if (due.dueAt.getTime() < schedule.activeSince.getTime()) continue;
    if (await enqueueRun(db, schedule.id, due.period, due.dueAt, now)) made += 1;
  }
  return made;
}

/** Reads the stream into text, refusing it past `maxBytes` so a huge view never fills the memory. */
async function collect(csv: Readable, maxBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of csv) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > maxBytes) {
      csv.destroy();
      throw new DeliveryRefused(`the CSV is larger than ${Math.floor(maxBytes / 1_000_000)} MB: narrow the view`);
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

const base = (consoleUrl: string) => consoleUrl.replace(/\/$/, "");

/** The report of one run: the saved view's export as it is now, or the settlements of the days before the period. */
export async function buildReport(db: Db, run: DueRun, settings: ReportSettings, log: FastifyBaseLogger) {
  const { schedule } = run;
  const onError = (error: Error) => log.warn({ err: error, run: run.id }, "report CSV stopped before the end");
  if (schedule.source === "settlements") {
    const days = reportedDays(schedule.cadence, run.period);
    const input = { ...days, timeZone: schedule.timeZone, ...schedule.filters };
    const { csv, rows } = await settlementsCsv(db, input, onError);
    const params = new URLSearchParams({ from: days.from, to: days.to, tz: schedule.timeZone });
    if (schedule.filters.accountId) params.set("account", schedule.filters.accountId);
    if (schedule.filters.provider) params.set("provider", schedule.filters.provider);
    if (schedule.filters.currency) params.set("currency", schedule.filters.currency);
    return {
      scheduleId: schedule.id,
      name: schedule.name,
      source: schedule.source,
      period: run.period,
      days: { ...days, timeZone: schedule.timeZone },
      rows,
      filename: `settlements-${days.from}-${days.to}.csv`,
      csv: await collect(csv, settings.maxBytes),
      url: `${base(settings.consoleUrl)}/settlements?${params.toString()}`,
    } satisfies ReportFile;
  }
  const view = schedule.view;
  if (!view) throw new DeliveryRefused("the saved view was deleted");
  const { terms, errors } = parseQuery(view.query);
  if (errors.length > 0)
    throw new DeliveryRefused(`the view's search has a bad term: ${errors.map((e) => e.term).join(", ")}`);
  const sort = (SEARCH_SORTS as readonly string[]).includes(view.sort) ? (view.sort as SearchSort) : "created";
  const counted = { rows: 0 };
  const csv = transactionsCsv(db, { terms, sort, dir: view.dir === "asc" ? "asc" : "desc" }, onError, counted);
  const text = await collect(csv, settings.maxBytes);
  const params = new URLSearchParams({ q: view.query, sort, dir: view.dir });
  return {
    scheduleId: schedule.id,
    name: schedule.name,
    source: schedule.source,
    period: run.period,
    days: null,
    rows: counted.rows,
    filename: `transactions-${run.period}.csv`,
    csv: text,
    url: `${base(settings.consoleUrl)}/transactions?${params.toString()}`,
  } satisfies ReportFile;
}

async function sendRun(db: Db, run: DueRun, settings: ReportSettings, log: FastifyBaseLogger, now: Date) {
  let rows = 0;
  const outcome = await attemptSend(
    async () => {
      const report = await buildReport(db, run, settings, log);
      rows = report.rows;
      // The same webhook-id on every attempt of this run: a receiver can drop a second copy.
      await sendReport(run.channel, report, `msg_report_${run.id}`, now, settings.language);
    },
    run.attempts,
    settings.policy,
    log,
    now,
    { run: run.id, schedule: run.schedule.id, channel: run.channel.name },
  );
  await recordRunAttempt(db, run.id, outcome.ok ? { ok: true, rows } : outcome, now);
}

/** One pass: true when a full batch was claimed (there may be more due). */
export async function sendDueReports(
  db: Db,
  settings: ReportSettings,
  log: FastifyBaseLogger,
  now = new Date(),
): Promise<boolean> {
  await queueDueReports(db, now);
  const due = await claimDueRuns(db, now, settings.policy.batch, settings.policy.leaseMs);
  // One at a time: each run holds its CSV in memory until sent.
  for (const run of due) await sendRun(db, run, settings, log, now);
  return due.length === settings.policy.batch;
}

// A CSV is built on each attempt, so a report waits a minute, not 30 s, before its first retry.
export const REPORT_DELIVERY_POLICY: DeliveryPolicy = { ...DEFAULT_DELIVERY_POLICY, firstDelayMs: 60_000, batch: 5 };

export function startReportWorker(
  db: Db,
  log: FastifyBaseLogger,
  settings: Omit<ReportSettings, "policy"> & { policy?: DeliveryPolicy },
  everyMs = 30_000,
): Loop {
  const full = { ...settings, policy: settings.policy ?? REPORT_DELIVERY_POLICY };
  return startLoop("send-reports", log, everyMs, () => sendDueReports(db, full, log));
}
