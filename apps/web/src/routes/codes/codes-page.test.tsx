// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { CodesInput } from "../../lib/api-types.ts";
import { makeTransaction } from "../../mocks/fixtures.ts";
import { codeRows, mockHandlers, staticStore } from "../../mocks/mock-store.ts";
import { renderApp } from "../../mocks/render-app.tsx";
import { TrpcMockError, trpcQuery } from "../../mocks/trpc-handlers.ts";
import { useMockServer } from "../../mocks/mock-server.ts";

const server = useMockServer();

const now = Date.now();
const declines = Array.from({ length: 3 }, (_, n) => ({
  ...makeTransaction(n + 900, new Date(now - (n + 1) * 3_600_000)),
  provider: "begateway",
  code: "F.0114",
}));
const store = staticStore(declines);
const dataRows = () => screen.getAllByRole("row").slice(1);

describe("codes explorer", () => {
  it("lists every code with its decoding and count, most frequent first", async () => {
    const inputs: CodesInput[] = [];
    server.use(
      trpcQuery("codes.list", (input) => {
        inputs.push(input);
        return codeRows(store, input);
      }),
      ...mockHandlers(store),
    );
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
    server.use(...mockHandlers(store));
    const { router } = renderApp("/codes");
    await screen.findByTitle("Transactions with F.0114");

    fireEvent.click(screen.getByRole("button", { name: "Antom" }));
    await waitFor(() => expect(router.state.location.search).toEqual({ provider: "antom" }));
    expect(dataRows().every((row) => row.textContent?.startsWith("Antom"))).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "F · Failed" }));
    await waitFor(() =>
      expect(dataRows().map((row) => row.querySelector(".col-code")?.textContent)).toEqual(
        ["RISK_REJECT", "USER_BALANCE_NOT_ENOUGH"].sort(),
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
    server.use(...mockHandlers(store));
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
    server.use(
      trpcQuery("codes.list", () => new TrpcMockError("INTERNAL_SERVER_ERROR", "catalogue unavailable")),
      ...mockHandlers(store),
    );
    renderApp("/codes");
    expect(await screen.findByText("Could not load the code catalogue")).toBeTruthy();
    expect(screen.getByText("catalogue unavailable")).toBeTruthy();
  });
});
