// @vitest-environment dom-and-api
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { formatMoney } from "../../lib/format-money.ts";
import { makeTransaction } from "../../mocks/fixtures.ts";
import type { SearchInput } from "../../lib/api-types.ts";
import { renderApp } from "../../mocks/render-app.tsx";
import { useMockServer } from "../../mocks/mock-server.ts";
import { insertTransactions } from "../../mocks/test-data.ts";
import { answerWith, failWith, recordInputs } from "../../mocks/trpc-handlers.ts";

const { server, backend } = useMockServer();

const base = new Date("2026-11-23T12:00:00Z").getTime();
const declined = {
  ...makeTransaction(1, new Date(base)),
  provider: "begateway",
  status: "failed",
  amountMinor: 123456n,
  currency: "EUR",
  code: "F.0114",
  outcomeLetter: "F",
  message: "Insufficient funds. Check the account balance.",
  friendlyMessage: "Insufficient funds. Failed to complete the transaction.",
  cardBrand: "visa",
  cardBin: "420000",
  cardLast4: "0000",
  issuerName: "Chase Bank",
  issuerCountry: "US",
  trackingId: "order-777",
  providerUid: "1234567-abcdef",
};
const many = Array.from({ length: 30 }, (_, n) => makeTransaction(n + 10, new Date(base - (n + 1) * 60_000)));

describe("transactions page", () => {
  it("renders rows from transactions.search as links to the transaction", async () => {
    await insertTransactions(backend().db, [declined, ...many]);
    renderApp("/transactions?cols=time,provider,type,amount,status,code,card,issuer,trackingId,uid");

    await screen.findByText("order-777");
    const rows = screen.getAllByRole("row");
    expect(rows).toHaveLength(1 + 31);
    const first = rows[1];
    if (!first) throw new Error("no first data row");
    expect(within(first).getByText(formatMoney(123456n, "EUR", { display: "none" }))).toBeTruthy();
    expect(within(first).getByText("EUR")).toBeTruthy();
    expect(within(first).getByText("VISA 420000…0000")).toBeTruthy();
    expect(within(first).getByText("Chase Bank")).toBeTruthy();
    expect(within(first).getByText("order-777")).toBeTruthy();
    expect(within(first).getByText("1234567-abcdef")).toBeTruthy();
    expect(within(first).getByText("Failed")).toBeTruthy();
    const code = within(first).getByText("F.0114");
    expect(code.getAttribute("title")).toContain("Ops: Insufficient funds. Check the account balance.");
    expect(code.getAttribute("title")).toContain("Customer: Insufficient funds. Failed to complete the transaction.");
    const rowLink = first.querySelector("a.row-link");
    expect(rowLink?.getAttribute("href")).toBe(`/transactions/${declined.id}`);
  });

  it("sends the view from the URL and pages with the cursor", async () => {
    const inputs: SearchInput[] = [];
    const rows = many.map((t) => ({ ...t, provider: "antom", status: "failed" }));
    await insertTransactions(backend().db, rows);
    server.use(recordInputs("transactions.search", inputs));
    const { router } = renderApp("/transactions?q=provider%3Aantom%20status%3Afailed&size=25");

    await screen.findByText("Rows 1–25");
    expect(inputs[0]).toEqual({
      q: "provider:antom status:failed",
      sort: "created",
      dir: "desc",
      limit: 25,
      cursor: null,
    });
    expect((screen.getByRole("searchbox", { name: "Search transactions" }) as HTMLInputElement).value).toBe(
      "provider:antom status:failed",
    );
    expect(screen.getByRole("button", { name: "Filter by provider" }).textContent).toContain("Provider: Antom");

    fireEvent.click(screen.getByRole("button", { name: "Older ›" }));
    await screen.findByText("Rows 26–30");
    // The cursor is the server's, kept in the URL and sent back as it came.
    const cursor = router.state.location.search.cursor;
    expect(cursor).toEqual(expect.any(String));
    expect(router.state.location.search).toMatchObject({ q: "provider:antom status:failed", size: 25, cursor });
    expect(inputs.at(-1)).toMatchObject({ cursor });

    fireEvent.click(screen.getByRole("button", { name: "‹ Newer" }));
    await screen.findByText("Rows 1–25");
    expect(router.state.location.search).not.toHaveProperty("cursor");
  });

  it("sorts on the server when a header is clicked, and keeps the sort in the URL", async () => {
    const inputs: SearchInput[] = [];
    await insertTransactions(backend().db, many);
    server.use(recordInputs("transactions.search", inputs));
    const { router } = renderApp("/transactions");
    await screen.findByText("Rows 1–30");
    fireEvent.click(screen.getByRole("button", { name: "Amount" }));
    await waitFor(() => expect(router.state.location.search).toEqual({ sort: "amount" }));
    await waitFor(() => expect(inputs.at(-1)).toMatchObject({ sort: "amount", dir: "desc" }));
    expect(screen.getByRole("columnheader", { name: /Amount/ }).getAttribute("aria-sort")).toBe("descending");
    expect(screen.getByRole("button", { name: "Next ›" })).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Amount" }));
    await waitFor(() => expect(router.state.location.search).toEqual({ sort: "amount", dir: "asc" }));
    await waitFor(() => expect(inputs.at(-1)).toMatchObject({ sort: "amount", dir: "asc" }));
    const smallest = [...many].sort((a, b) => Number(a.amountMinor - b.amountMinor) || a.id.localeCompare(b.id))[0];
    await waitFor(() => expect(screen.getAllByRole("row")[1]?.textContent).toContain(smallest?.trackingId));
  });

  it("says where transactions come from when there are none", async () => {
    renderApp("/transactions");
    expect(await screen.findByText("No transactions yet — they appear as providers send webhooks")).toBeTruthy();
  });

  it("shows the error with a retry that recovers", async () => {
    let down = true;
    server.use(failWith("transactions.search", "INTERNAL_SERVER_ERROR", "database is down", () => down));
    await insertTransactions(backend().db, [declined]);
    renderApp("/transactions");
    expect(await screen.findByText("Could not load transactions")).toBeTruthy();
    expect(screen.getByText("database is down")).toBeTruthy();

    down = false;
    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByText("F.0114")).toBeTruthy();
  });

  it("shows a large result's count as the estimate it is, and the exact count when asked", async () => {
    await insertTransactions(backend().db, [declined, ...many]);
    const asked: { q: string; exact?: boolean }[] = [];
    // The test database holds 31 rows; a store of millions answers the planner's estimate (docs/performance.md).
    server.use(
      recordInputs("transactions.totals", asked),
      answerWith("transactions.totals", (input) =>
        input.exact ? undefined : { count: 1_234_567, exact: false, sums: [] },
      ),
    );
    renderApp("/transactions");
    const totals = await screen.findByLabelText("Totals of this search");
    await waitFor(() => expect(totals.textContent).toContain("≈ 1.2M transactions"));
    fireEvent.click(within(totals).getByRole("button", { name: "Count exactly" }));
    await waitFor(() => expect(screen.getByLabelText("Totals of this search").textContent).toMatch(/^31 transactions/));
    expect(asked.at(-1)).toMatchObject({ exact: true });
  });
});
