// @vitest-environment dom-and-api
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { HttpResponse, http, type HttpHandler } from "msw";
import superjson from "superjson";
import { describe, expect, it } from "vitest";
import { useMockServer } from "../../mocks/mock-server.ts";
import { renderApp } from "../../mocks/render-app.tsx";
import type { RouterInputs, RouterOutputs } from "../../trpc.ts";

const { server, backend } = useMockServer();

type Finance = RouterInputs["finance"];
type Out = RouterOutputs["finance"];

/** The finance procedures answered the way the server does (superjson); what each was asked is kept. */
function financeServer(seen: Record<string, unknown[]>, mismatches: Out["mismatches"]["rows"] = []): HttpHandler[] {
  const answer = (path: string, result: unknown) =>
    HttpResponse.json({ result: { data: superjson.serialize(result) } });
  const input = (raw: string | null) =>
    raw ? superjson.deserialize(JSON.parse(raw) as Parameters<typeof superjson.deserialize>[0]) : undefined;
  const query = (path: string, resolve: (input: never) => unknown) =>
    http.get(`*/trpc/finance.${path}`, ({ request }) => {
      const given = input(new URL(request.url).searchParams.get("input"));
      (seen[path] ??= []).push(given);
      return answer(path, resolve(given as never));
    });
  const open = [...mismatches];
  return [
    query("accounts", () => [
      { id: "begateway-361", provider: "begateway", name: "beGateway 361" },
      { id: "antom-3ds", provider: "antom", name: "Antom 3DS" },
    ]),
    query("settlements", (): Out["settlements"] => [
      {
        day: "2026-11-10",
        provider: "begateway",
        accountId: "begateway-361",
        currency: "EUR",
        transactions: 3,
        capturedMinor: 12_500n,
        refundedMinor: 1_000n,
        feesMinor: 150n,
        netMinor: 11_350n,
        settledMinor: 9_850n,
        outstandingMinor: 1_500n,
      },
      {
        day: "2026-11-09",
        provider: "antom",
        accountId: "antom-3ds",
        currency: "JPY",
        transactions: 1,
        capturedMinor: 15_000n,
        refundedMinor: 0n,
        feesMinor: 0n,
        netMinor: 15_000n,
        settledMinor: 15_000n,
        outstandingMinor: 0n,
      },
    ]),
    query("settlementDay", (i: Finance["settlementDay"]): Out["settlementDay"] => ({
      rows: [
        {
          transactionId: "0190f3a2-0000-7000-8000-000000000001",
          provider: "begateway",
          accountId: i.accountId ?? "",
          providerUid: "46154-aba1cf5e57",
          trackingId: "order-1",
          type: "payment",
          status: "successful",
          amountMinor: 10_000n,
          currency: "EUR",
          occurredAt: new Date("2026-11-10T09:00:00Z"),
          feeMinor: 150n,
          settledMinor: 9_850n,
          settledAt: new Date("2026-11-11T06:00:00Z"),
          outstandingMinor: 0n,
        },
        {
          transactionId: "0190f3a2-0000-7000-8000-000000000002",
          provider: "begateway",
          accountId: i.accountId ?? "",
          providerUid: "46155-bbb1cf5e58",
          trackingId: null,
          type: "refund",
          status: "successful",
          amountMinor: 1_000n,
          currency: "EUR",
          occurredAt: new Date("2026-11-10T12:00:00Z"),
          feeMinor: 0n,
          settledMinor: 0n,
          settledAt: null,
          outstandingMinor: -1_000n,
        },
      ],
      next: null,
    })),
    query("balances", (): Out["balances"] => [
      {
        ledgerAccount: "provider_receivable",
        provider: "begateway",
        accountId: "begateway-361",
        currency: "EUR",
        balanceMinor: 1_500n,
      },
      {
        ledgerAccount: "merchant_cash",
        provider: "begateway",
        accountId: "begateway-361",
        currency: "EUR",
        balanceMinor: 9_850n,
      },
      {
        ledgerAccount: "merchant_cash",
        provider: "begateway",
        accountId: "begateway-362",
        currency: "EUR",
        balanceMinor: 150n,
      },
      {
        ledgerAccount: "sales",
        provider: "begateway",
        accountId: "begateway-361",
        currency: "EUR",
        balanceMinor: -12_500n,
      },
    ]),
    query("mismatches", () => ({
      rows: open,
      next: null,
      totals: open.map((m) => ({
        kind: m.kind as "amount_differs",
        currency: m.atStakeCurrency,
        count: 1,
        atStakeMinor: m.atStakeMinor,
      })),
    })),
    http.post("*/trpc/finance.resolve", async ({ request }) => {
      const given = input(await request.text()) as Finance["resolve"];
      (seen.resolve ??= []).push(given);
      const index = open.findIndex((m) => m.id === given.id);
      const [item] = open.splice(index, 1);
      return answer("resolve", { ...item, state: "resolved", resolutionNote: given.note });
    }),
  ];
}

const mismatch = (id: bigint, kind: string, uid: string, atStake: bigint): Out["mismatches"]["rows"][number] => ({
  id,
  kind,
  state: "open",
  accountId: "begateway-361",
  provider: "begateway",
  providerUid: uid,
  transactionId: null,
  reportRowId: null,
  occurredAt: new Date("2026-11-10T10:00:00Z"),
  ledgerAmountMinor: kind === "missing_in_ours" ? null : 4_000n,
  ledgerCurrency: kind === "missing_in_ours" ? null : "EUR",
  notifiedStatus: kind === "missing_in_ours" ? null : "successful",
  notifiedAmountMinor: null,
  notifiedCurrency: null,
  reportStatus: kind === "missing_in_report" ? null : "successful",
  reportAmountMinor: kind === "missing_in_report" ? null : 4_100n,
  reportCurrency: kind === "missing_in_report" ? null : "EUR",
  atStakeMinor: atStake,
  atStakeCurrency: "EUR",
  detail: `${kind} detail`,
  runId: 1n,
  firstSeenAt: new Date(),
  lastSeenAt: new Date(),
  resolvedBy: null,
  resolvedByName: null,
  resolvedAt: null,
  resolutionNote: null,
});

const plain = (el: Element | null) => el?.textContent?.replace(/\u00a0/g, " ") ?? "";

describe("settlements screen", () => {
  it("reads period, zone and filters from the URL, shows money with its currency, and drills into a day", async () => {
    const seen: Record<string, unknown[]> = {};
    await backend().signIn("finance@paylens.demo");
    server.use(...financeServer(seen));
    const { router } = renderApp("/settlements?from=2026-11-01&to=2026-11-10&tz=Europe%2FWarsaw&provider=begateway");
    const table = await screen.findByRole("table", { name: "Settlement days" });
    expect(seen.settlements?.[0]).toEqual({
      from: "2026-11-01",
      to: "2026-11-10",
      timeZone: "Europe/Warsaw",
      provider: "begateway",
    });
    const rows = within(table).getAllByRole("row");
    expect(plain(rows[1] ?? null)).toContain("2026-11-10");
    expect(plain(rows[1] ?? null)).toContain("125.00");
    expect(plain(rows[1] ?? null)).toContain("EUR");
    // JPY has no minor unit.
    expect(plain(rows[2] ?? null)).toContain("15,000");
    expect(plain(table.querySelector("tfoot"))).toContain("Total EUR");
    // Balances at the end of the last day in Warsaw, summed over the provider's accounts.
    const balances = await screen.findByRole("table", { name: "Balances by currency" });
    expect((seen.balances?.[0] as { asOf: Date }).asOf.toISOString()).toBe("2026-11-10T23:00:00.000Z");
    expect(plain(within(balances).getAllByRole("row")[1] ?? null)).toMatch(
      /^EUR15\.00EUR100\.00EUR0\.00EUR-125\.00EUR0\.00EUR$/,
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
    expect(seen.settlementDay?.[0]).toMatchObject({
      day: "2026-11-10",
      timeZone: "Europe/Warsaw",
      accountId: "begateway-361",
      currency: "EUR",
    });
    expect(within(day).getAllByRole("row")).toHaveLength(3);
    expect(plain(day)).toContain("-10.00");
    const link = screen.getByRole("link", { name: "Open in Transactions" });
    // Warsaw's 10 November runs from 23:00 UTC on the 9th.
    expect(new URL(link.getAttribute("href") ?? "", "http://localhost").searchParams.get("q")).toBe(
      "account:begateway-361 currency:EUR created>=2026-11-09T23:00:00.000Z created<2026-11-10T23:00:00.000Z",
    );
  });

  it("applies filters into the URL and offers the three CSV exports of the period", async () => {
    const seen: Record<string, unknown[]> = {};
    await backend().signIn("finance@paylens.demo");
    server.use(...financeServer(seen));
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
    const seen: Record<string, unknown[]> = {};
    server.use(
      ...financeServer(seen, [
        mismatch(1n, "missing_in_report", "gone-1", 3_000n),
        mismatch(2n, "amount_differs", "off-1", 100n),
        mismatch(3n, "missing_in_ours", "new-1", 7_700n),
      ]),
    );
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
    await waitFor(() => expect(seen.resolve).toEqual([{ id: 2n, note: "Surcharge confirmed by the PSP" }]));
    await waitFor(() =>
      expect(within(screen.getByRole("table", { name: "Mismatches" })).getAllByRole("row")).toHaveLength(3),
    );
  });

  it("shows support the exports but no fetch, upload, reconcile or resolve (the finance permission)", async () => {
    server.use(...financeServer({}, [mismatch(2n, "amount_differs", "off-1", 100n)]));
    await backend().signIn("support@paylens.demo");
    renderApp("/settlements?from=2026-11-01&to=2026-11-10");
    await screen.findByRole("table", { name: "Mismatches" });
    expect(screen.getByRole("link", { name: "Settlements CSV" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Fetch provider reports" })).toBeNull();
    expect(screen.queryByRole("button", { name: /reconcile/i })).toBeNull();
    expect(screen.queryByRole("button", { name: /resolve/i })).toBeNull();
  });
});
