// GET /export/settlements.csv, /export/ledger.csv, /export/reconciliation.csv?from=YYYY-MM-DD&to=…&timeZone=…
// (+ provider, accountId, currency; reconciliation also kind and states): streamed CSV for any period, exact decimal
// amounts beside minor units, ledger and mismatches in keyset batches. Needs the "export" permission.
import { pipeline, Readable } from "node:stream";
import { stringify } from "csv-stringify";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { periodBounds, periodInput, type PeriodInput } from "@paylens/api/finance-input";
import type { Db } from "@paylens/db/client";
import { ledgerEntryBatches } from "@paylens/db/queries/ledger";
import { mismatchBatches } from "@paylens/db/queries/reconciliation-items";
import { MISMATCH_KINDS } from "@paylens/db/queries/reconciliation-rules";
import { settlementDays, type SettlementDay } from "@paylens/db/queries/settlements";
import { formatMinor } from "@paylens/domain/money";
import { can } from "@paylens/domain/roles";
import type { RequestAuth } from "../auth/request-principal.ts";
import { refuseHostileQuery } from "./query-guard.ts";

type Deps = { db: Db; authenticate: (request: FastifyRequest, reply: FastifyReply) => Promise<RequestAuth> };
type Cells = Array<readonly [string, string]>;

const iso = (value: Date | null) => (value ? value.toISOString() : "");
const money = (minor: bigint | null, currency: string | null) =>
  minor === null || currency === null ? "" : formatMinor(minor, currency.trim());

const reconciliationQuery = periodInput.and(
  z.object({
    kind: z.enum(MISMATCH_KINDS).optional(),
    states: z
      .string()
      .optional()
      .transform((s) => (s ? s.split(",") : ["open"]))
      .pipe(z.array(z.enum(["open", "resolved", "cleared"])).min(1)),
  }),
);

/** Negative amounts stay numbers; any other cell starting with = + - @ is prefixed so a spreadsheet never runs it. */
export function safeCell(value: string): string {
  if (/^-?\d+(\.\d+)?$/.test(value)) return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One settlement day per line, the columns in SETTLEMENT_COLUMNS' order. */
function settlementCells(days: SettlementDay[], timeZone: string): AsyncGenerator<Cells> {
  return (async function* (): AsyncGenerator<Cells> {
    for (const d of days) {
      yield [
        ["day", d.day],
        ["time_zone", timeZone],
        ["provider", d.provider],
        ["account_id", d.accountId],
        ["currency", d.currency],
        ["transactions", String(d.transactions)],
        ["captured", money(d.capturedMinor, d.currency)],
        ["refunded", money(d.refundedMinor, d.currency)],
        ["fees", money(d.feesMinor, d.currency)],
        ["disputed", money(d.disputedMinor, d.currency)],
        ["dispute_fees", money(d.disputeFeesMinor, d.currency)],
        ["net", money(d.netMinor, d.currency)],
        ["settled", money(d.settledMinor, d.currency)],
        ["outstanding", money(d.outstandingMinor, d.currency)],
        ["captured_minor", d.capturedMinor.toString()],
        ["refunded_minor", d.refundedMinor.toString()],
        ["fees_minor", d.feesMinor.toString()],
        ["disputed_minor", d.disputedMinor.toString()],
        ["dispute_fees_minor", d.disputeFeesMinor.toString()],
        ["net_minor", d.netMinor.toString()],
        ["settled_minor", d.settledMinor.toString()],
        ["outstanding_minor", d.outstandingMinor.toString()],
      ];
    }
  })();
}

/**
 * The settlements of a period as a CSV stream: the download here and the scheduled reports (workers/send-reports.ts)
 * both read this one path. `onError` hears a stream that stopped before the end.
 */
export async function settlementsCsv(
  db: Db,
  input: PeriodInput,
  onError: (error: Error) => void,
): Promise<{ csv: Readable; rows: number }> {
  const days = await settlementDays(db, input);
  return { csv: csvStream(settlementCells(days, input.timeZone), SETTLEMENT_COLUMNS, onError), rows: days.length };
}

function csvStream(rows: AsyncIterable<Cells>, columns: string[], onError: (error: Error) => void): Readable {
  const stream = Readable.from(
    (async function* () {
      for await (const cells of rows) yield cells.map(([, value]) => safeCell(value));
    })(),
  );
  const csv = stringify({ header: true, columns });
  pipeline(stream, csv, (error) => {
    if (error) onError(error);
  });
  return csv;
}

function send(
  request: FastifyRequest,
  reply: FastifyReply,
  name: string,
  input: PeriodInput,
  rows: AsyncIterable<Cells>,
  columns: string[],
) {
  const csv = csvStream(rows, columns, (error) =>
    request.log.warn({ err: error }, `${name} CSV export stopped before the end`),
  );
  return reply
    .header("content-type", "text/csv; charset=utf-8")
    .header("content-disposition", `attachment; filename="${name}-${input.from}-${input.to}.csv"`)
    .header("cache-control", "no-store")
    .send(csv);
}

export async function financeExportRoutes(app: FastifyInstance, deps: Deps): Promise<void> {
  app.addHook("preHandler", refuseHostileQuery);
  /** Signed in, allowed to export, and a valid query; otherwise the answer is already sent. */
  async function guard<T>(request: FastifyRequest, reply: FastifyReply, schema: z.ZodType<T>): Promise<T | null> {
    const { principal } = await deps.authenticate(request, reply);
    if (!principal) {
      await reply.code(401).send({ error: "sign in first" });
      return null;
    }
    if (!can(principal.role, "export")) {
      await reply.code(403).send({ error: `the ${principal.role} role may not export` });
      return null;
    }
    const parsed = schema.safeParse(request.query);
    if (!parsed.success) {
      await reply.code(400).send({
        error: `bad export request: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
      });
      return null;
    }
    return parsed.data;
  }

  app.get("/export/settlements.csv", async (request, reply) => {
    const input = await guard(request, reply, periodInput);
    if (!input) return reply;
    const days = await settlementDays(deps.db, input);
    return send(
      request,
      reply.header("x-total-count", String(days.length)),
      "settlements",
      input,
      settlementCells(days, input.timeZone),
      SETTLEMENT_COLUMNS,
    );
  });

  app.get("/export/ledger.csv", async (request, reply) => {
    const input = await guard(request, reply, periodInput);
    if (!input) return reply;
    const batches = ledgerEntryBatches(deps.db, {
      ...periodBounds(input),
      provider: input.provider,
      accountId: input.accountId,
      currency: input.currency,
    });
    const rows = (async function* (): AsyncGenerator<Cells> {
      for await (const batch of batches)
        for (const e of batch) {
          yield [
            ["entry_id", e.id.toString()],
            ["group_id", e.groupId.toString()],
            ["occurred_at", iso(e.occurredAt)],
            ["kind", e.kind],
            ["ledger_account", e.ledgerAccount],
            ["debit", e.amountMinor > 0n ? money(e.amountMinor, e.currency) : ""],
            ["credit", e.amountMinor < 0n ? money(-e.amountMinor, e.currency) : ""],
            ["currency", e.currency],
            ["amount_minor", e.amountMinor.toString()],
            ["provider", e.provider],
            ["account_id", e.accountId],
            ["transaction_id", e.transactionId],
            ["provider_uid", e.providerUid ?? ""],
            ["source", e.source],
          ];
        }
    })();
    return send(request, reply, "ledger", input, rows, LEDGER_COLUMNS);
  });

  app.get("/export/reconciliation.csv", async (request, reply) => {
    const input = await guard(request, reply, reconciliationQuery);
    if (!input) return reply;
    const batches = mismatchBatches(deps.db, {
      ...periodBounds(input),
      accountId: input.accountId,
      provider: input.provider,
      currency: input.currency,
      kind: input.kind,
      states: input.states,
    });
    const rows = (async function* (): AsyncGenerator<Cells> {
      for await (const batch of batches)
        for (const m of batch) {
          yield [
            ["id", m.id.toString()],
            ["kind", m.kind],
            ["state", m.state],
            ["occurred_at", iso(m.occurredAt)],
            ["provider", m.provider],
            ["account_id", m.accountId],
            ["provider_uid", m.providerUid],
            ["transaction_id", m.transactionId ?? ""],
            ["at_stake", money(m.atStakeMinor, m.atStakeCurrency)],
            ["at_stake_currency", m.atStakeCurrency],
            ["at_stake_minor", m.atStakeMinor.toString()],
            ["ledger_amount", money(m.ledgerAmountMinor, m.ledgerCurrency)],
            ["ledger_currency", m.ledgerCurrency ?? ""],
            ["notified_status", m.notifiedStatus ?? ""],
            ["notified_amount", money(m.notifiedAmountMinor, m.notifiedCurrency)],
            ["report_status", m.reportStatus ?? ""],
            ["report_amount", money(m.reportAmountMinor, m.reportCurrency)],
            ["report_currency", m.reportCurrency ?? ""],
            ["detail", m.detail],
            ["resolved_by", m.resolvedByName ?? ""],
            ["resolved_at", iso(m.resolvedAt)],
            ["resolution_note", m.resolutionNote ?? ""],
            ["subject", m.subject],
            ["dispute_id", m.disputeId ?? ""],
          ];
        }
    })();
    return send(request, reply, "reconciliation", input, rows, RECONCILIATION_COLUMNS);
  });
}

const SETTLEMENT_COLUMNS = [
  "day",
  "time_zone",
  "provider",
  "account_id",
  "currency",
  "transactions",
  "captured",
  "refunded",
  "fees",
  "disputed",
  "dispute_fees",
  "net",
  "settled",
  "outstanding",
  "captured_minor",
  "refunded_minor",
  "fees_minor",
  "disputed_minor",
  "dispute_fees_minor",
  "net_minor",
  "settled_minor",
  "outstanding_minor",
];
const LEDGER_COLUMNS = [
  "entry_id",
  "group_id",
  "occurred_at",
  "kind",
  "ledger_account",
  "debit",
  "credit",
  "currency",
  "amount_minor",
  "provider",
  "account_id",
  "transaction_id",
  "provider_uid",
  "source",
];
const RECONCILIATION_COLUMNS = [
  "id",
  "kind",
  "state",
  "occurred_at",
  "provider",
  "account_id",
  "provider_uid",
  "transaction_id",
  "at_stake",
  "at_stake_currency",
  "at_stake_minor",
  "ledger_amount",
  "ledger_currency",
  "notified_status",
  "notified_amount",
  "report_status",
  "report_amount",
  "report_currency",
  "detail",
  "resolved_by",
  "resolved_at",
  "resolution_note",
  "subject",
  "dispute_id",
];
