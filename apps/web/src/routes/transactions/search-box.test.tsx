// @vitest-environment dom-and-api
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { formatMoney } from "../../lib/format-money.ts";
import { makeTransaction } from "../../mocks/fixtures.ts";
import { renderApp } from "../../mocks/render-app.tsx";
import { useMockServer } from "../../mocks/mock-server.ts";
import { insertTransactions } from "../../mocks/test-data.ts";

const { backend } = useMockServer();

const base = new Date("2026-11-23T12:00:00Z").getTime();
const rows = Array.from({ length: 12 }, (_, n) => ({
  ...makeTransaction(n + 100, new Date(base - n * 60_000)),
  provider: n % 3 === 0 ? "pockyt" : "begateway",
  status: n % 2 === 0 ? "failed" : "successful",
  amountMinor: 1000n + BigInt(n),
  currency: n % 4 === 0 ? "USD" : "EUR",
}));
const searchBox = () => screen.getByRole("searchbox", { name: "Search transactions" }) as HTMLInputElement;

describe("search box", () => {
  it("names a bad term inline and still applies the others", async () => {
    await insertTransactions(backend().db, rows);
    renderApp("/transactions?q=colour%3Ared%20status%3Afailed");

    const alert = await screen.findByRole("alert");
    expect(within(alert).getByText("colour:red")).toBeTruthy();
    expect(alert.textContent).toContain('Unknown key "colour"');
    const chips = screen.getByRole("list", { name: "Search terms" });
    expect(within(chips).getByText("red").closest(".term-chip")?.className).toContain("term-chip-error");
    await waitFor(() => expect(screen.getAllByRole("row")).toHaveLength(1 + 6));
  });

  it("says plainly which identifier found nothing", async () => {
    await insertTransactions(backend().db, rows);
    renderApp("/transactions?q=123456789012");
    expect(await screen.findByText("No transaction with RRN 123456789012")).toBeTruthy();
    expect(screen.getAllByRole("button", { name: "Clear search" }).length).toBeGreaterThan(0);
  });

  it("finds one transaction by its tracking id and says how, in the provider's own name for it", async () => {
    const wanted = { ...rows[5], provider: "antom" } as (typeof rows)[number];
    await insertTransactions(backend().db, [...rows.filter((row) => row !== rows[5]), wanted]);
    renderApp(`/transactions?q=${wanted.trackingId ?? ""}`);
    await waitFor(() => expect(screen.getAllByRole("row")).toHaveLength(2));
    // Antom's tracking id is its paymentRequestId (its meta.ts), never "tracking ID".
    expect(screen.getByText(/found by paymentRequestId/)).toBeTruthy();
    expect(screen.queryByText(/found by tracking ID/i)).toBeNull();
  });

  it("opens the only match of a search sent from the box, and keeps the table when filtering", async () => {
    const wanted = { ...rows[5], cardLast4: "4242", amountMinor: 2599n, currency: "USD" } as (typeof rows)[number];
    await insertTransactions(backend().db, [...rows.filter((row) => row !== rows[5]), wanted]);
    const { router } = renderApp("/transactions?q=status%3Asuccessful%20last4%3A4242");
    // Filtering to one row (a link, a chip, a facet) keeps the table.
    await waitFor(() => expect(screen.getAllByRole("row")).toHaveLength(2));

    fireEvent.change(searchBox(), { target: { value: "last4:4242 amount:25.99" } });
    fireEvent.submit(searchBox().closest("form") as HTMLFormElement);
    await waitFor(() => expect(router.state.location.pathname).toBe(`/transactions/${wanted.id}`));
  });

  it("sends a search with several matches to the table", async () => {
    await insertTransactions(backend().db, rows);
    const { router } = renderApp("/transactions");
    await screen.findByText("Rows 1–12");
    fireEvent.change(searchBox(), { target: { value: "status:failed" } });
    fireEvent.submit(searchBox().closest("form") as HTMLFormElement);
    await waitFor(() => expect(router.state.location.search).toEqual({ q: "status:failed" }));
    expect(router.state.location.pathname).toBe("/transactions");
  });

  it("keeps the typed query and the filter controls in step, both ways", async () => {
    await insertTransactions(backend().db, rows);
    const { router } = renderApp("/transactions");
    await screen.findByText("Rows 1–12");

    fireEvent.change(searchBox(), { target: { value: "provider:pockyt" } });
    expect(screen.getByRole("button", { name: "Filter by provider" }).textContent).toContain("Provider: Pockyt");
    fireEvent.submit(searchBox().closest("form") as HTMLFormElement);
    await waitFor(() => expect(router.state.location.search).toEqual({ q: "provider:pockyt" }));

    fireEvent.click(screen.getByRole("button", { name: "Filter by status" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "Failed" }));
    await waitFor(() => expect(router.state.location.search).toEqual({ q: "provider:pockyt status:failed" }));
    expect(searchBox().value).toBe("provider:pockyt status:failed");
    await waitFor(() => expect(screen.getAllByRole("row")).toHaveLength(1 + 2));

    fireEvent.click(screen.getByRole("button", { name: "Remove provider:pockyt" }));
    await waitFor(() => expect(router.state.location.search).toEqual({ q: "status:failed" }));
    expect(searchBox().value).toBe("status:failed");
  });

  it("shows the count and the sum per currency of everything the search selects", async () => {
    await insertTransactions(backend().db, rows);
    renderApp("/transactions?q=status%3Afailed");
    const totals = await screen.findByLabelText("Totals of this search");
    expect(totals.textContent).toContain("6 transactions match");
    const sums = within(totals).getByRole("list", { name: "Sum per currency" });
    // Failed rows are n = 0, 2, 4, 6, 8, 10: USD for n = 0, 4, 8; EUR for the others.
    const usd = formatMoney(1000n + 1004n + 1008n, "USD", { display: "none" });
    const eur = formatMoney(1002n + 1006n + 1010n, "EUR", { display: "none" });
    expect(within(sums).getByText(usd).parentElement?.textContent).toBe(`${usd}USD`);
    expect(within(sums).getByText(eur).parentElement?.textContent).toBe(`${eur}EUR`);
  });

  it("focuses the box with / and opens the highlighted row with j and Enter", async () => {
    await insertTransactions(backend().db, rows);
    const { router } = renderApp("/transactions");
    await screen.findByText("Rows 1–12");
    fireEvent.keyDown(document.body, { key: "/" });
    expect(document.activeElement).toBe(searchBox());
    searchBox().blur();

    fireEvent.keyDown(document.body, { key: "j" });
    fireEvent.keyDown(document.body, { key: "j" });
    expect(screen.getAllByRole("row")[2]?.getAttribute("aria-current")).toBe("true");
    fireEvent.keyDown(document.body, { key: "k" });
    expect(screen.getAllByRole("row")[1]?.getAttribute("aria-current")).toBe("true");
    fireEvent.keyDown(document.body, { key: "Enter" });
    await waitFor(() => expect(router.state.location.pathname).toBe(`/transactions/${rows[0]?.id ?? ""}`));
  });
});
