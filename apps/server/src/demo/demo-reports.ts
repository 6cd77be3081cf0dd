// Demo mode: once the back-fill is done, every demo account's report of those days is fetched from its sandbox and
// imported, so the Settlements screen shows fees and payouts from the first minute (sandboxes forget on restart).
import type { Db } from "@paylens/db/client";
import { importReport } from "@paylens/db/queries/reports";
import { connectorFor } from "@paylens/providers/connectors";
import type { ConfiguredAccount } from "../accounts.ts";
import { callContext, type CallRecorder } from "../provider-context.ts";

export async function importDemoReports(
  db: Db,
  accounts: ConfiguredAccount[],
  record: CallRecorder,
  days: number,
  now = new Date(),
): Promise<{ accountId: string; rows: number; error: string | null }[]> {
  const to = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const from = new Date(to.getTime() - days * 86_400_000);
  const results = [];
  for (const configured of accounts) {
    const connector = connectorFor(configured.account.provider);
    if (!connector) continue;
    const report = await connector.settlementReport(callContext(configured, record), { from, to });
    if (report.state !== "ok") {
      results.push({ accountId: configured.account.id, rows: 0, error: report.error });
      continue;
    }
    const imported = await importReport(db, {
      accountId: configured.account.id,
      provider: configured.account.provider,
      source: "api",
      name: report.name,
      periodFrom: from,
      periodTo: to,
      fetchedBy: null,
      fetchedByName: "demo start-up",
      rows: report.rows,
    });
    results.push({ accountId: configured.account.id, rows: imported.rows, error: null });
  }
  return results;
}
