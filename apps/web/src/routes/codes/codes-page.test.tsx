// @vitest-environment dom-and-api
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { CodesInput } from "../../lib/api-types.ts";
import { makeTransaction } from "../../mocks/fixtures.ts";
import { renderApp } from "../../mocks/render-app.tsx";
import { useMockServer } from "../../mocks/mock-server.ts";
import { insertTransactions } from "../../mocks/test-data.ts";
import { failWith, recordInputs } from "../../mocks/trpc-handlers.ts";

const { server, backend } = useMockServer();

const now = Date.now();
const declines = Array.from({ length: 3 }, (_, n) => ({
  ...makeTransaction(n + 900, new Date(now - (n + 1) * 3_600_000)),
  provider: "begateway",
  code: "F.0114",
}));
const store = () => insertTransactions(backend().db, declines);
const dataRows = () => screen.getAllByRole("row").slice(1);

describe("codes explorer", () => {
  it("lists every code with its decoding and count, most frequent first", async () => {
    const inputs: CodesInput[] = [];
    await store();
    server.use(recordInputs("codes.list", inputs));
    renderApp("/codes");
    await screen.findByTitle("Transactions with F.0114");
    const first = dataRows()[0];
    if (!first) throw new Error("no rows");
    expect(within(first).getByText("beGateway")).toBeTruthy();
    expect(within(first).getByText("Card processing")).toBeTruthy();
    expect(within(first).getByText("Insufficient funds")).toBeTruthy();
    expect(within(first).getByText("Yes")).toBeTruthy();
    expect(within(first).getByRole("link", { name: "3" })).toBeTruthy();
    const period = Date.now() - (inputs[0]?.from?.getTime() ?? 0);
    expect(Math.round(period / 86_400_000)).toBe(7);
    expect(screen.getByText(/codes · 1 seen in the last 7 days on 3 transactions/)).toBeTruthy();
  });

  it("filters by provider, letter and text, and keeps them in the URL", async () => {
    await store();
    const { router } = renderApp("/codes");
    await screen.findByTitle("Transactions with F.0114");

    fireEvent.click(screen.getByRole("button", { name: "Antom" }));
    await waitFor(() => expect(router.state.location.search).toEqual({ provider: "antom" }));
    expect(dataRows().every((row) => row.textContent?.startsWith("Antom"))).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "F · Failed" }));
    await waitFor(() =>
      // The real Antom catalogue (packages/codes) has more F codes than the old mock's four-code sample.
      expect(dataRows().map((row) => row.querySelector(".col-code")?.textContent)).toEqual(
        expect.arrayContaining(["RISK_REJECT", "USER_BALANCE_NOT_ENOUGH"]),
      ),
    );
    fireEvent.change(screen.getByRole("searchbox", { name: "Filter codes by text" }), { target: { value: "balance" } });
    await waitFor(() =>
      expect(router.state.location.search).toEqual({ provider: "antom", letter: "F", text: "balance" }),
    );
    expect(dataRows().map((row) => row.querySelector(".col-code")?.textContent)).toEqual(["USER_BALANCE_NOT_ENOUGH"]);

    fireEvent.change(screen.getByRole("searchbox", { name: "Filter codes by text" }), {
      target: { value: "no-such-code" },
    });
    expect(await screen.findByText("No codes match these filters")).toBeTruthy();
  });

  it("links a code to the transactions table filtered to it and the period", async () => {
    await store();
    const { router } = renderApp("/codes?period=24h");
    const link = await screen.findByRole("link", { name: "3" });
    fireEvent.click(link);
    await waitFor(() => expect(router.state.location.pathname).toBe("/transactions"));
    const q = String(router.state.location.search.q);
    expect(q).toMatch(/^provider:begateway code:F\.0114 created>=\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00Z$/);
    const since = Date.parse(q.split("created>=")[1] ?? "");
    expect(Math.round((Date.now() - since) / 3_600_000)).toBe(24);
  });

  it("shows the error with a retry", async () => {
    server.use(failWith("codes.list", "INTERNAL_SERVER_ERROR", "catalogue unavailable"));
    renderApp("/codes");
    expect(await screen.findByText("Could not load the code catalogue")).toBeTruthy();
    expect(screen.getByText("catalogue unavailable")).toBeTruthy();
  });
});
