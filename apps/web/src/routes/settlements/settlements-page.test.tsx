// @vitest-environment dom-and-api
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { applyDisputesIn } from "@paylens/db/queries/disputes-apply";
import { backfillLedger } from "@paylens/db/queries/ledger";
import { runReconciliation } from "@paylens/db/queries/reconciliation";
import { importReport, type ReportRowInput } from "@paylens/db/queries/reports";
import { makeTransaction } from "../../mocks/fixtures.ts";
import { useMockServer } from "../../mocks/mock-server.ts";
import { renderApp } from "../../mocks/render-app.tsx";
import { insertTransactions } from "../../mocks/test-data.ts";
import { recordInputs } from "../../mocks/trpc-handlers.ts";
import type { RouterInputs } from "../../trpc.ts";

const { server, backend } = useMockServer();

type Finance = RouterInputs["finance"];
const at = (iso: string) => new Date(iso);

/** A sale on beGateway shop 361 (or `fields`), paid when it was made. */
function sale(n: number, uid: string, amountMinor: bigint, iso: string, fields: object = {}) {
  return {
    ...makeTransaction(n, at(iso)),
    provider: "begateway",
    accountId: "begateway-361",
    providerUid: uid,
    type: "payment",
    status: "successful",
    amountMinor,
    currency: "EUR",
    paidAt: at(iso),
    settledAt: null,
    ...fields,
  };
}

// 10 November in Warsaw: two beGateway sales (100.00, 25.00) and a 10.00 refund of the first; a JPY sale the day
// before. The sales are not notified through applySnapshot, so the ledger is back-filled as `seed` does.
const first = sale(1, "46154-aba1cf5e57", 10_000n, "2026-11-10T09:00:00Z");
const day = [
  first,
  sale(2, "46155-aba1cf5e58", 2_500n, "2026-11-10T10:00:00Z"),
  sale(3, "46156-bbb1cf5e58", 1_000n, "2026-11-10T12:00:00Z", {
    type: "refund",
    parentId: first.id,
    parentProviderUid: first.providerUid,
  }),
  sale(4, "46150-ccc1cf5e50", 15_000n, "2026-11-09T09:00:00Z", { currency: "JPY" }),
];

const reportRow = (uid: string, amountMinor: bigint, iso: string): ReportRowInput => ({
  providerUid: uid,
  parentProviderUid: null,
  type: "payment",
  status: "successful",
  amountMinor,
  currency: "EUR",
  feeMinor: null,
  occurredAt: at(iso),
  settledAt: null,
  raw: { uid },
});

/** The day's sales in the ledger, and the provider's report: the 100.00 sale paid out that evening, less a 1.50 fee. */
async function settlementDays() {
  await insertTransactions(backend().db, day);
  await backfillLedger(backend().db);
  await importReport(backend().db, {
    accountId: "begateway-361",
    provider: "begateway",
    source: "upload",
    name: "report.json",
    periodFrom: at("2026-11-10T00:00:00Z"),
    periodTo: at("2026-11-11T00:00:00Z"),
    fetchedBy: null,
    fetchedByName: "test",
    rows: [
      {
        ...reportRow(first.providerUid, 10_000n, "2026-11-10T09:00:00Z"),
        feeMinor: 150n,
        settledAt: at("2026-11-10T20:00:00Z"),
      },
    ],
  });
}

/** The provider's report disagrees three ways (one sale missing, one amount off by 1.00, one sale we never saw). */
async function mismatches() {
  await insertTransactions(backend().db, [
    sale(11, "gone-1", 3_000n, "2026-11-10T03:00:00Z"),
    sale(12, "off-1", 4_000n, "2026-11-10T04:00:00Z"),
  ]);
  await backfillLedger(backend().db);
  const period = { from: at("2026-11-10T00:00:00Z"), to: at("2026-11-11T00:00:00Z") };
  await importReport(backend().db, {
    accountId: "begateway-361",
    provider: "begateway",
    source: "upload",
    name: "report.json",
    periodFrom: period.from,
    periodTo: period.to,
    fetchedBy: null,
    fetchedByName: "test",
    rows: [reportRow("off-1", 4_100n, "2026-11-10T04:00:00Z"), reportRow("new-1", 7_700n, "2026-11-10T08:00:00Z")],
  });
  await runReconciliation(backend().db, { ...period, accountId: null, by: { id: null, name: "test" } });
}

/** The 25.00 sale is disputed and lost; the report lists the dispute with a 15.00 fee. */
async function disputedDay() {
  await settlementDays();
  const second = day[1]!;
  await backend().db.transaction((tx) =>
    applyDisputesIn(tx, [
      {
        accountId: "begateway-361",
        dedupKey: "cb-1",
        receivedAt: at("2026-11-10T15:00:00Z"),
        dispute: {
          provider: "begateway",
          providerDisputeId: "cb-46157",
          paymentProviderUid: second.providerUid,
          stage: "chargeback",
          status: "lost",
          reasonCode: "10.4",
          reasonMessage: "Other Fraud",
          reasonCategory: "fraud",
          amountMinor: 2_500n,
          currency: "EUR",
          networkReference: null,
          dueAt: null,
          openedAt: at("2026-11-10T14:00:00Z"),
          updatedAt: at("2026-11-10T14:00:00Z"),
          event: "chargeback",
          raw: {},
        },
      },
    ]),
  );
  await importReport(backend().db, {
    accountId: "begateway-361",
    provider: "begateway",
    source: "upload",
    name: "report.json",
    periodFrom: at("2026-11-10T00:00:00Z"),
    periodTo: at("2026-11-11T00:00:00Z"),
    fetchedBy: null,
    fetchedByName: "test",
    rows: [
      {
        ...reportRow("cb-46157", 2_500n, "2026-11-10T14:00:00Z"),
        type: "dispute",
        parentProviderUid: second.providerUid,
        feeMinor: 1_500n,
      },
    ],
  });
}

const plain = (el: Element | null) => el?.textContent?.replace(/\u00a0/g, " ") ?? "";

describe("settlements screen", () => {
  it("reads period, zone and filters from the URL, shows money with its currency, and drills into a day", async () => {
    const seen = { settlements: [] as Finance["settlements"][], balances: [] as Finance["balances"][] };
    const days: Finance["settlementDay"][] = [];
    await settlementDays();
    await backend().signIn("finance@paylens.demo");
    server.use(
      recordInputs("finance.settlements", seen.settlements),
      recordInputs("finance.balances", seen.balances),
      recordInputs("finance.settlementDay", days),
    );
    const { router } = renderApp("/settlements?from=2026-11-01&to=2026-11-10&tz=Europe%2FWarsaw&provider=begateway");
    const table = await screen.findByRole("table", { name: "Settlement days" });
    expect(seen.settlements[0]).toEqual({
      from: "2026-11-01",
      to: "2026-11-10",
      timeZone: "Europe/Warsaw",
      provider: "begateway",
    });
    const rows = within(table).getAllByRole("row");
    expect(plain(rows[1] ?? null)).toContain("2026-11-10");
    expect(plain(rows[1] ?? null)).toContain("125.00");
    expect(plain(rows[1] ?? null)).toContain("EUR");
    // The provider by its name, not its id; the transaction count opens the day.
    expect(within(rows[1] as HTMLElement).getAllByRole("cell")[1]?.textContent).toBe("beGateway");
    // JPY has no minor unit.
    expect(plain(rows[2] ?? null)).toContain("15,000");
    expect(plain(table.querySelector("tfoot"))).toContain("Total EUR");
    // Balances at the end of the last day in Warsaw: owed 15.00 (the 25.00 sale less the refund), paid out 98.50,
    // fees 1.50, sales -125.00, refunds 10.00 — the ledger balances to zero.
    const balances = await screen.findByRole("table", { name: "Balances by currency" });
    expect(seen.balances[0]?.asOf?.toISOString()).toBe("2026-11-10T23:00:00.000Z");
    expect(plain(within(balances).getAllByRole("row")[1] ?? null)).toMatch(
      /^EUR15\.00EUR98\.50EUR1\.50EUR-125\.00EUR10\.00EUR0\.00EUR0\.00EUR0\.00EUR$/,
    );

    fireEvent.click(within(table).getByRole("button", { name: "Open 2026-11-10 begateway-361 EUR" }));
    await waitFor(() =>
      expect(router.state.location.search).toMatchObject({
        day: "2026-11-10",
        dayAccount: "begateway-361",
        dayCurrency: "EUR",
        tz: "Europe/Warsaw",
      }),
    );
    const day = await screen.findByRole("table", { name: "Day transactions" });
    expect(days[0]).toMatchObject({
      day: "2026-11-10",
      timeZone: "Europe/Warsaw",
      accountId: "begateway-361",
      currency: "EUR",
    });
    expect(within(day).getAllByRole("row")).toHaveLength(4);
    expect(plain(day)).toContain("-10.00");
    const link = screen.getByRole("link", { name: "Open in Transactions" });
    // Warsaw's 10 November runs from 23:00 UTC on the 9th.
    expect(new URL(link.getAttribute("href") ?? "", "http://localhost").searchParams.get("q")).toBe(
      "account:begateway-361 currency:EUR created>=2026-11-09T23:00:00.000Z created<2026-11-10T23:00:00.000Z",
    );
  });

  it("applies filters into the URL and offers the three CSV exports of the period", async () => {
    const seen = { settlements: [] as Finance["settlements"][] };
    await settlementDays();
    await backend().signIn("finance@paylens.demo");
    server.use(recordInputs("finance.settlements", seen.settlements));
    const { router } = renderApp("/settlements?from=2026-11-01&to=2026-11-10");
    await screen.findByRole("table", { name: "Settlement days" });
    const form = screen.getByRole("form", { name: "Settlement filters" });
    fireEvent.change(within(form).getByLabelText("Time zone"), { target: { value: "Asia/Tokyo" } });
    fireEvent.change(within(form).getByLabelText("Currency"), { target: { value: "eur" } });
    fireEvent.click(within(form).getByRole("button", { name: "Apply" }));
    await waitFor(() =>
      expect(router.state.location.search).toEqual({
        from: "2026-11-01",
        to: "2026-11-10",
        tz: "Asia/Tokyo",
        currency: "EUR",
      }),
    );
    await waitFor(() =>
      expect(seen.settlements?.at(-1)).toEqual({
        from: "2026-11-01",
        to: "2026-11-10",
        timeZone: "Asia/Tokyo",
        currency: "EUR",
      }),
    );
    expect(screen.getByRole("link", { name: "Settlements CSV" }).getAttribute("href")).toBe(
      "/export/settlements.csv?from=2026-11-01&to=2026-11-10&timeZone=Asia%2FTokyo&currency=EUR",
    );
    expect(screen.getByRole("link", { name: "Ledger CSV" }).getAttribute("href")).toBe(
      "/export/ledger.csv?from=2026-11-01&to=2026-11-10&timeZone=Asia%2FTokyo&currency=EUR",
    );
    expect(screen.getByRole("link", { name: "Reconciliation CSV" }).getAttribute("href")).toContain(
      "states=open%2Cresolved",
    );
  });

  it("lists mismatches by kind with the money at stake and resolves one with a note", async () => {
    const resolved: Finance["resolve"][] = [];
    await mismatches();
    server.use(recordInputs("finance.resolve", resolved));
    await backend().signIn("finance@paylens.demo");
    renderApp("/settlements?from=2026-11-01&to=2026-11-10");
    const table = await screen.findByRole("table", { name: "Mismatches" });
    expect(within(table).getAllByRole("row")).toHaveLength(4);
    expect(plain(screen.getByRole("list", { name: "Mismatches by kind" }))).toContain(
      "Amount differs 1 · 1.00EUR at stake",
    );
    const row = within(table)
      .getAllByRole("row")
      .find((r) => r.textContent?.includes("off-1"));
    fireEvent.click(within(row as HTMLElement).getByRole("button", { name: "Resolve…" }));
    const form = screen.getByRole("form", { name: "Resolve off-1" });
    const submit = within(form).getByRole("button", { name: "Resolve" });
    expect((submit as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(within(form).getByLabelText("Note (kept in the audit log)"), {
      target: { value: "Surcharge confirmed by the PSP" },
    });
    fireEvent.click(submit);
    await waitFor(() =>
      expect(resolved).toEqual([{ id: expect.any(BigInt) as bigint, note: "Surcharge confirmed by the PSP" }]),
    );
    await waitFor(() =>
      expect(within(screen.getByRole("table", { name: "Mismatches" })).getAllByRole("row")).toHaveLength(3),
    );
  });

  it("shows support the exports but no fetch, upload, reconcile or resolve (the finance permission)", async () => {
    await mismatches();
    await backend().signIn("support@paylens.demo");
    renderApp("/settlements?from=2026-11-01&to=2026-11-10");
    await screen.findByRole("table", { name: "Mismatches" });
    expect(screen.getByRole("link", { name: "Settlements CSV" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Fetch provider reports" })).toBeNull();
    expect(screen.queryByRole("button", { name: /reconcile/i })).toBeNull();
    expect(screen.queryByRole("button", { name: /resolve/i })).toBeNull();
  });

  it("shows what disputes took and their fees on the day of the sale, and each dispute movement in the drill-down", async () => {
    await disputedDay();
    await backend().signIn("finance@paylens.demo");
    renderApp(
      "/settlements?from=2026-11-10&to=2026-11-10&tz=UTC&day=2026-11-10&dayAccount=begateway-361&dayCurrency=EUR",
    );
    const table = await screen.findByRole("table", { name: "Settlement days" });
    const header = within(table)
      .getAllByRole("columnheader")
      .map((h) => plain(h));
    const cell = (name: string) => plain(within(table).getAllByRole("row")[1]?.children[header.indexOf(name)] ?? null);
    expect(cell("Disputed")).toBe("25.00EUR");
    expect(cell("Dispute fees")).toBe("15.00EUR");
    // 125.00 captured − 10.00 refunded − 1.50 fee − 25.00 lost − 15.00 dispute fee.
    expect(cell("Net")).toBe("73.50EUR");
    const disputes = await screen.findByRole("table", { name: "Day disputes" });
    const lines = within(disputes)
      .getAllByRole("row")
      .slice(1)
      .map((r) => plain(r));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/Held.*cb-46157.*46155-aba1cf5e58.*Lost.*notification.*-25\.00EUR/);
    expect(lines[1]).toMatch(/Lost \(was held\).*25\.00EUR/);
    expect(lines[2]).toMatch(/Dispute fee.*report.*-15\.00EUR/);
  });
});
