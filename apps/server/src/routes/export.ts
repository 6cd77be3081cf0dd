// GET /export/transactions.csv?q=…&sort=…&dir=… — every transaction the search matches, streamed as CSV in keyset
// batches (memory stays one batch), with X-Total-Count from the totals query so a client can show progress.
import { pipeline, Readable } from "node:stream";
import { stringify } from "csv-stringify";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { can } from "@paylens/domain/roles";
import type { RequestAuth } from "../auth/request-principal.ts";
import { refuseHostileQuery } from "./query-guard.ts";
import { z } from "zod";
import { parseQuery, searchInput } from "@paylens/api/search-input";
import type { Db } from "@paylens/db/client";
import { searchBatches, searchTotals, type ExportRow } from "@paylens/db/queries/search";
import { formatMinor } from "@paylens/domain/money";
import type { SearchSort, SearchTerm } from "@paylens/domain/search-query";

const exportQuery = searchInput.pick({ q: true, sort: true, dir: true }).extend({ q: searchInput.shape.q.default("") });

const iso = (value: Date | null) => (value ? value.toISOString() : "");

// Column -> value; amounts as exact decimal strings in major units beside the currency and the minor units.
const COLUMNS: ReadonlyArray<readonly [string, (row: ExportRow) => string]> = [
  ["id", (r) => r.id],
  ["created_at", (r) => iso(r.createdAt)],
  ["provider", (r) => r.provider],
  ["account_id", (r) => r.accountId],
  ["provider_uid", (r) => r.providerUid],
  ["tracking_id", (r) => r.trackingId ?? ""],
  ["type", (r) => r.type],
  ["status", (r) => r.status],
  ["amount", (r) => formatMinor(r.amountMinor, r.currency)],
  ["currency", (r) => r.currency],
  ["amount_minor", (r) => r.amountMinor.toString()],
  ["code", (r) => r.code ?? ""],
  ["outcome_letter", (r) => r.outcomeLetter ?? ""],
  ["reason", (r) => r.reason ?? ""],
  ["retryable", (r) => (r.retryable === null ? "" : String(r.retryable))],
  ["message", (r) => r.message ?? ""],
  ["method", (r) => r.methodType ?? ""],
  ["card_brand", (r) => r.cardBrand ?? ""],
  ["card_bin", (r) => r.cardBin ?? ""],
  ["card_last4", (r) => r.cardLast4 ?? ""],
  ["issuer_name", (r) => r.issuerName ?? ""],
  ["issuer_country", (r) => r.issuerCountry ?? ""],
  ["three_ds_status", (r) => r.threeDsStatus ?? ""],
  ["rrn", (r) => r.rrn ?? ""],
  ["auth_code", (r) => r.authCode ?? ""],
  ["ref_id", (r) => r.refId ?? ""],
  ["network_transaction_id", (r) => r.networkTransactionId ?? ""],
  ["customer_email", (r) => r.customerEmail ?? ""],
  ["customer_country", (r) => r.customerCountry ?? ""],
  ["parent_id", (r) => r.parentId ?? ""],
  ["parent_provider_uid", (r) => r.parentProviderUid ?? ""],
  ["paid_at", (r) => iso(r.paidAt)],
  ["settled_at", (r) => iso(r.settledAt)],
  ["test", (r) => String(r.test)],
];

/**
 * Every transaction the search matches as a CSV stream: the download here and the scheduled reports
 * (workers/send-reports.ts) both read this one path. `onError` hears a stream that stopped before the end.
 */
export function transactionsCsv(
  db: Db,
  search: { terms: SearchTerm[]; sort: SearchSort; dir: "asc" | "desc" },
  onError: (error: Error) => void,
  counted: { rows: number } = { rows: 0 },
): Readable {
  const batches = searchBatches(db, search);
  const rows = Readable.from(
    (async function* () {
      for await (const batch of batches)
        for (const row of batch) {
          counted.rows += 1;
          yield COLUMNS.map(([, value]) => value(row));
        }
    })(),
  );
  // Cells starting with = + - @ are prefixed so a spreadsheet never runs them as formulas.
  const csv = stringify({ header: true, columns: COLUMNS.map(([name]) => name), escape_formulas: true });
  // pipeline tears both ends down together: a failed query ends the download, a closed download stops the queries.
  pipeline(rows, csv, (error) => {
    if (error) onError(error);
  });
  return csv;
}

export async function exportRoutes(
  app: FastifyInstance,
  deps: { db: Db; authenticate: (request: FastifyRequest, reply: FastifyReply) => Promise<RequestAuth> },
): Promise<void> {
  app.addHook("preHandler", refuseHostileQuery);
  app.get("/export/transactions.csv", async (request, reply) => {
    const { principal } = await deps.authenticate(request, reply);
    if (!principal) return reply.code(401).send({ error: "sign in first" });
    if (!can(principal.role, "export"))
      return reply.code(403).send({ error: `the ${principal.role} role may not export` });
    const input = exportQuery.safeParse(request.query);
    if (!input.success)
      return reply.code(400).send({ error: "bad export request", issues: z.treeifyError(input.error) });
    const { terms, errors } = parseQuery(input.data.q);
    if (errors.length > 0) {
      const named = errors.map((e) => `${e.term}: ${e.message}`).join("; ");
      return reply.code(400).send({ error: `bad search term ${named}`, errors });
    }
    const totals = await searchTotals(deps.db, terms, { exact: true });
    const csv = transactionsCsv(deps.db, { terms, sort: input.data.sort, dir: input.data.dir }, (error) =>
      request.log.warn({ err: error }, "CSV export stopped before the end"),
    );
    const day = new Date().toISOString().slice(0, 10);
    return reply
      .header("content-type", "text/csv; charset=utf-8")
      .header("content-disposition", `attachment; filename="transactions-${day}.csv"`)
      .header("x-total-count", String(totals.count))
      .header("cache-control", "no-store")
      .send(csv);
  });
}
