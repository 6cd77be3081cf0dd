// @vitest-environment dom-and-api
// The dispute rate panel through the real router: last month's figures exactly with each scheme's rate on its own
// denominator, the running month marked as projected, the scheme lines named, disputes by BIN and method, and its
// empty and error states.
import { fireEvent, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { addAccount, addDisputes, addTransactions } from "@paylens/db/queries/analytics-disputes-test-data";
import { renderApp } from "../../mocks/render-app.tsx";
import { useMockServer } from "../../mocks/mock-server.ts";
import { failWith } from "../../mocks/trpc-handlers.ts";

const { server, backend } = useMockServer();

const monthStart = (offset: number) => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1)).toISOString();
};

describe("dispute rate panel", () => {
  it("shows last month's count and rate, the running month projected, and the scheme lines", async () => {
    const db = backend().db;
    const bg = { account: "bg-disputes", provider: "begateway" };
    await addAccount(db, bg.account, bg.provider);
    // Last month: 3 disputes of 200 captured card payments = 1.5 % (VAMP), of the 100 the month before = 3 % (ECP);
    // this month: 1 dispute so far, at its start.
    await addTransactions(db, { ...bg, prefix: "older", count: 100, day: monthStart(-2), type: "payment" });
    await addTransactions(db, {
      ...bg,
      prefix: "prev",
      count: 200,
      day: monthStart(-1),
      type: "payment",
      bin: "424242",
      issuer: "Barclays",
    });
    await addDisputes(db, { ...bg, prefix: "prev", count: 3, day: monthStart(-1), on: "prev" });
    await addTransactions(db, { ...bg, prefix: "now", count: 10, day: monthStart(0), type: "payment" });
    await addDisputes(db, { ...bg, prefix: "now", count: 1, day: monthStart(0) });
    renderApp("/analytics");
    const panel = await screen.findByRole("region", { name: "Dispute rate" });
    const last = (await within(panel).findByRole("cell", { name: monthStart(-1).slice(0, 7) })).closest("tr")!;
    expect([...last.querySelectorAll("td")].map((td) => td.textContent)).toEqual([
      monthStart(-1).slice(0, 7),
      "beGateway",
      "bg-disputes",
      "3",
      "200",
      "100",
      "1.5%",
      "3%",
      "—",
    ]);
    const running = within(panel)
      .getByRole("cell", { name: monthStart(0).slice(0, 7) })
      .closest("tr")!;
    expect(within(running).getByText(/^\d+ disputes of \d+$/)).toBeTruthy();
    expect(
      within(panel).getByText("Visa VAMP: 1.5% with at least 1,501 disputes a month, of the month's payments"),
    ).toBeTruthy();
    expect(
      within(panel).getByText(
        "Mastercard ECP: 1.5% with at least 100 disputes a month, of the previous month's payments",
      ),
    ).toBeTruthy();
    // Disputes by BIN of the disputed payment, then by method.
    const byBin = await within(panel).findByRole("table", { name: "Disputes by BIN" });
    expect([...byBin.querySelectorAll("tbody td")].map((td) => td.textContent)).toEqual(["424242", "3", "200", "1.5%"]);
    fireEvent.click(within(panel).getByRole("button", { name: "Method" }));
    const byMethod = await within(panel).findByRole("table", { name: "Disputes by Method" });
    // Every card payment of the panel's months has the method: 100 + 200 + 10.
    expect([...byMethod.querySelectorAll("tbody td")].map((td) => td.textContent)).toEqual([
      "Card",
      "3",
      "310",
      "0.97%",
    ]);
  });

  it("shows an empty state without disputes or card payments", async () => {
    renderApp("/analytics");
    const panel = await screen.findByRole("region", { name: "Dispute rate" });
    expect(await within(panel).findByText("No disputes or card payments in these months")).toBeTruthy();
  });

  it("shows the error of a failed request", async () => {
    server.use(failWith("analytics.disputeRate", "INTERNAL_SERVER_ERROR", "dispute rate unavailable"));
    renderApp("/analytics");
    const panel = await screen.findByRole("region", { name: "Dispute rate" });
    expect(await within(panel).findByText("dispute rate unavailable")).toBeTruthy();
  });
});
