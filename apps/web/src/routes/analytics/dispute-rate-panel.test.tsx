// @vitest-environment dom-and-api
// The dispute rate panel through the real router: last month's figures exactly, the running month marked as
// projected, the scheme lines named, and its empty and error states.
import { screen, within } from "@testing-library/react";
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
    // Last month: 3 disputes of 200 captured card payments = 1.5 %; this month: 1 dispute so far, at its start.
    await addTransactions(db, { ...bg, prefix: "prev", count: 200, day: monthStart(-1), type: "payment" });
    await addDisputes(db, { ...bg, prefix: "prev", count: 3, day: monthStart(-1) });
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
      "1.5%",
      "—",
    ]);
    const running = within(panel)
      .getByRole("cell", { name: monthStart(0).slice(0, 7) })
      .closest("tr")!;
    expect(within(running).getByText(/^projected \d+ of \d+$/)).toBeTruthy();
    expect(within(running).getByText("10%")).toBeTruthy();
    expect(within(panel).getByText("Visa VAMP: 1.5% with at least 1,501 disputes a month")).toBeTruthy();
    expect(within(panel).getByText("Mastercard ECP: 1.5% with at least 100 disputes a month")).toBeTruthy();
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
