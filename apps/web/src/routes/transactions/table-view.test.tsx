// @vitest-environment dom-and-api
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { SearchInput } from "../../lib/api-types.ts";
import { makeTransaction } from "../../mocks/fixtures.ts";
import { exportHandler } from "../../mocks/export-handler.ts";
import { useMockServer } from "../../mocks/mock-server.ts";
import { renderApp } from "../../mocks/render-app.tsx";
import { insertTransactions } from "../../mocks/test-data.ts";
import { recordInputs } from "../../mocks/trpc-handlers.ts";

const { server, backend } = useMockServer();
afterEach(() => vi.restoreAllMocks());

const base = new Date("2026-11-23T12:00:00Z").getTime();
const rows = Array.from({ length: 40 }, (_, n) => makeTransaction(n + 300, new Date(base - n * 60_000)));
const bodyRows = () => screen.getAllByRole("row").slice(1);
const rowText = () => bodyRows().map((row) => row.textContent ?? "");

describe("a view's URL", () => {
  it("reproduces the same rows in the same order in a fresh app", async () => {
    const inputs: SearchInput[] = [];
    await insertTransactions(backend().db, rows);
    server.use(recordInputs("transactions.search", inputs));
    const first = renderApp("/transactions");
    await screen.findByText("Rows 1–40");

    fireEvent.change(screen.getByRole("searchbox", { name: "Search transactions" }), {
      target: { value: "-status:pending amount>10" },
    });
    fireEvent.submit(screen.getByRole("search"));
    fireEvent.click(screen.getByRole("button", { name: "Amount" }));
    fireEvent.click(screen.getByRole("button", { name: "Compact" }));
    fireEvent.change(screen.getByRole("combobox", { name: "Rows per page" }), { target: { value: "25" } });
    await waitFor(() =>
      expect(first.router.state.location.search).toEqual({
        q: "-status:pending amount>10",
        sort: "amount",
        size: 25,
        density: "compact",
      }),
    );
    await waitFor(() =>
      expect(inputs.at(-1)).toMatchObject({ q: "-status:pending amount>10", sort: "amount", dir: "desc", limit: 25 }),
    );
    await waitFor(() => expect(bodyRows().length).toBe(25));
    const href = first.router.state.location.href;
    const shown = rowText();
    cleanup();

    inputs.length = 0;
    const second = renderApp(href);
    await waitFor(() => expect(bodyRows().length).toBe(25));
    expect(inputs[0]).toEqual({ q: "-status:pending amount>10", sort: "amount", dir: "desc", limit: 25, cursor: null });
    expect(second.router.state.location.search).toEqual(first.router.state.location.search);
    expect(document.querySelector(".table-scroll")?.className).toContain("density-compact");
    expect(rowText()).toEqual(shown);
  });

  it("keeps the chosen columns, in order, in the URL", async () => {
    await insertTransactions(backend().db, rows);
    const { router } = renderApp("/transactions?cols=amount%2Ctime%2Cstatus");
    await screen.findByText("Rows 1–40");
    // The row-selection checkbox (ops may act) comes first; the chosen columns follow in order.
    const headers = screen.getAllByRole("columnheader").filter((th) => !th.classList.contains("col-select"));
    expect(headers.map((th) => th.textContent)).toEqual(["Amount", "Time", "Status"]);

    fireEvent.click(screen.getByRole("button", { name: "Choose columns" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "Reason" }));
    await waitFor(() => expect(router.state.location.search).toEqual({ cols: "amount,time,status,reason" }));
    fireEvent.click(screen.getByRole("button", { name: "Move Time left" }));
    await waitFor(() => expect(router.state.location.search).toEqual({ cols: "time,amount,status,reason" }));
    fireEvent.click(screen.getByRole("button", { name: "Reset to default columns" }));
    await waitFor(() => expect(router.state.location.search).toEqual({}));
  });

  it("renders only the rows in view of a 500-row page", async () => {
    const long = Array.from({ length: 500 }, (_, n) => makeTransaction(n + 1000, new Date(base - n * 1000)));
    await insertTransactions(backend().db, long);
    renderApp("/transactions?size=500");
    await screen.findByText("Rows 1–500");
    expect(document.querySelector("table")?.getAttribute("aria-rowcount")).toBe("501");
    expect(bodyRows().length).toBeLessThan(100);
  });
});

describe("saved views", () => {
  it("saves the current view, applies it and deletes it", async () => {
    await insertTransactions(backend().db, rows);
    const { router } = renderApp("/transactions?q=status%3Afailed&sort=amount&dir=asc");
    await screen.findByLabelText("Totals of this search");

    fireEvent.click(screen.getByRole("button", { name: "Saved views" }));
    expect(await screen.findByText("No saved views yet. Save this one to come back to it.")).toBeTruthy();
    fireEvent.change(screen.getByRole("textbox", { name: "View name" }), { target: { value: "Cheap declines" } });
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    const item = await screen.findByText("Cheap declines");
    await waitFor(() =>
      expect(screen.getByRole("button", { name: "Saved views" }).textContent).toContain("View: Cheap declines"),
    );

    fireEvent.pointerDown(document.body);
    expect(screen.getByRole("button", { name: "Saved views" }).getAttribute("aria-expanded")).toBe("false");
    fireEvent.click(screen.getByRole("button", { name: "Remove status:failed" }));
    await waitFor(() => expect(router.state.location.search).toEqual({ sort: "amount", dir: "asc" }));
    fireEvent.click(screen.getByRole("button", { name: "Saved views" }));
    fireEvent.click(await screen.findByText("Cheap declines"));
    await waitFor(() =>
      expect(router.state.location.search).toEqual({ q: "status:failed", sort: "amount", dir: "asc" }),
    );

    fireEvent.click(screen.getByRole("button", { name: /Saved views/ }));
    fireEvent.click(await screen.findByRole("button", { name: "Delete view Cheap declines" }));
    await waitFor(() => expect(screen.queryByText("Cheap declines")).toBeNull());
    expect(item).toBeTruthy();
  });
});

describe("CSV export", () => {
  it("streams every matching row and reports the count", async () => {
    await insertTransactions(backend().db, rows);
    server.use(exportHandler(backend));
    const created = vi.spyOn(URL, "createObjectURL").mockReturnValue("blob:paylens");
    vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => undefined);
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
    renderApp("/transactions?q=-status%3Apending&size=25");
    await screen.findByText("Rows 1–25");

    fireEvent.click(screen.getByRole("button", { name: "Export CSV" }));
    const expected = rows.filter((t) => t.status !== "pending").length;
    const done = await screen.findByText(new RegExp(`Saved ${expected} rows to paylens-transactions-`));
    expect(done).toBeTruthy();
    expect(clicked).toHaveBeenCalledOnce();
    const blob = created.mock.calls[0]?.[0];
    expect(blob instanceof Blob ? (await blob.text()).trim().split("\n").length : 0).toBe(expected + 1);
    expect(within(screen.getByLabelText("Totals of this search")).getByText(String(expected))).toBeTruthy();
  });
});
