// @vitest-environment dom-and-api
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { makeTransaction } from "../mocks/fixtures.ts";
import { renderApp } from "../mocks/render-app.tsx";
import { useMockServer } from "../mocks/mock-server.ts";
import { insertTransactions } from "../mocks/test-data.ts";

const { backend } = useMockServer();

const base = new Date("2026-11-23T12:00:00Z").getTime();
const rows = Array.from({ length: 6 }, (_, n) => ({
  ...makeTransaction(n + 500, new Date(base - n * 60_000)),
  rrn: `60000000050${n}`,
  status: "failed",
}));

/** Ctrl-K. The dialog is a lazy component, loaded on first use: React finishes loading it inside an async act. */
async function openPalette() {
  await act(async () => {
    fireEvent.keyDown(document.body, { key: "k", ctrlKey: true });
  });
  return screen.findByRole("dialog", { name: "Find a transaction" });
}

function type(dialog: HTMLElement, text: string) {
  const input = within(dialog).getByRole("combobox", { name: "Search transactions" });
  fireEvent.change(input, { target: { value: text } });
  return input;
}

describe("command palette", () => {
  it("opens with Ctrl-K from any screen and closes with Escape", async () => {
    await insertTransactions(backend().db, rows);
    renderApp("/codes");
    await screen.findByRole("heading", { name: "Codes" });
    const dialog = await openPalette();
    expect(document.activeElement).toBe(within(dialog).getByRole("combobox"));
    expect(within(dialog).getByText("status:failed reason:insufficient_funds")).toBeTruthy();
    fireEvent.keyDown(dialog, { key: "Escape" });
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("jumps straight to the transaction when one identifier matches", async () => {
    await insertTransactions(backend().db, rows);
    const { router } = renderApp("/codes");
    await screen.findByRole("heading", { name: "Codes" });
    const dialog = await openPalette();
    const input = type(dialog, "600000000503");
    expect(await within(dialog).findByText("Found by RRN")).toBeTruthy();
    fireEvent.keyDown(input, { key: "Enter" });
    await waitFor(() => expect(router.state.location.pathname).toBe(`/transactions/${rows[3]?.id ?? ""}`));
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("jumps straight to the transaction when last 4 and amount find exactly one", async () => {
    const card = { ...rows[2], cardLast4: "4242", amountMinor: 2599n, currency: "USD" } as (typeof rows)[number];
    await insertTransactions(backend().db, [...rows.filter((row) => row !== rows[2]), card]);
    const { router } = renderApp("/codes");
    await screen.findByRole("heading", { name: "Codes" });
    const dialog = await openPalette();
    const input = type(dialog, "last4:4242 amount:25.99");
    expect(await within(dialog).findAllByRole("option")).toHaveLength(1);
    fireEvent.keyDown(input, { key: "Enter" });
    await waitFor(() => expect(router.state.location.pathname).toBe(`/transactions/${card.id}`));
  });

  it("opens the table for a filter that matches several", async () => {
    await insertTransactions(backend().db, rows);
    const { router } = renderApp("/codes");
    await screen.findByRole("heading", { name: "Codes" });
    const dialog = await openPalette();
    const input = type(dialog, "status:failed");
    expect(await within(dialog).findAllByRole("option")).toHaveLength(6);
    fireEvent.keyDown(input, { key: "Enter" });
    await waitFor(() => expect(router.state.location.pathname).toBe("/transactions"));
    expect(router.state.location.search).toEqual({ q: "status:failed" });
  });

  it("says what was not found and names a bad term", async () => {
    await insertTransactions(backend().db, rows);
    renderApp("/codes");
    await screen.findByRole("heading", { name: "Codes" });
    const dialog = await openPalette();
    const input = type(dialog, "123456789012");
    expect(await within(dialog).findByText("No transaction with RRN 123456789012")).toBeTruthy();
    fireEvent.keyDown(input, { key: "Enter" });
    expect(screen.getByRole("dialog")).toBeTruthy();

    type(dialog, "colour:red");
    const alert = await within(dialog).findByRole("alert");
    expect(alert.textContent).toContain("colour:red");
    expect(alert.textContent).toContain('Unknown key "colour"');
  });

  it("opens a chosen result with the arrow keys", async () => {
    await insertTransactions(backend().db, rows);
    const { router } = renderApp("/transactions");
    await screen.findByText("Rows 1–6");
    const dialog = await openPalette();
    const input = type(dialog, "status:failed");
    await within(dialog).findAllByRole("option");
    fireEvent.keyDown(input, { key: "ArrowDown" });
    fireEvent.keyDown(input, { key: "ArrowDown" });
    expect(within(dialog).getAllByRole("option")[1]?.getAttribute("aria-selected")).toBe("true");
    fireEvent.keyDown(input, { key: "Enter" });
    await waitFor(() => expect(router.state.location.pathname).toBe(`/transactions/${rows[1]?.id ?? ""}`));
  });
});
