// @vitest-environment dom-and-api
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { ActionRequestInput } from "../../lib/api-types.ts";
import { makeTransaction } from "../../mocks/fixtures.ts";
import { useMockServer } from "../../mocks/mock-server.ts";
import { renderApp } from "../../mocks/render-app.tsx";
import { insertTransactions } from "../../mocks/test-data.ts";
import { answerWith, recordInputs } from "../../mocks/trpc-handlers.ts";

const { server, backend } = useMockServer();

const base = new Date("2026-11-23T12:00:00Z").getTime();
const paid = (n: number, fields: object = {}) => ({
  ...makeTransaction(n, new Date(base - n * 60_000)),
  type: "payment",
  status: "successful",
  trackingId: `order-${n}`,
  currency: "EUR",
  amountMinor: 1000n * BigInt(n),
  ...fields,
});
const rows = [paid(1), paid(2), paid(3, { status: "failed" }), paid(4)];

describe("bulk actions", () => {
  it("refunds each selected row in turn with its own key and shows every row's result", async () => {
    const sent: ActionRequestInput[] = [];
    await insertTransactions(backend().db, rows);
    renderApp("/transactions");
    await screen.findByRole("checkbox", { name: "Select order-1" });
    // Someone else asks to refund order-4 in full just before ours arrives (above 10.00 it waits for approval,
    // holding the amount): the server refuses ours. Order-1's answer is the provider's (no provider runs here).
    await backend().as("admin@paylens.demo").approvalLimits.set({ currency: "EUR", amount: "10.00" });
    const someoneElse = () =>
      backend()
        .as("ops2@paylens.demo")
        .actions.request({
          idempotencyKey: "someone-else-4",
          transactionId: rows[3]?.id ?? "",
          kind: "refund",
          amountMinor: 4000n,
          reason: "Refunded by phone",
        });
    server.use(
      recordInputs("actions.request", sent, (_request, input) =>
        input.transactionId === rows[3]?.id ? someoneElse() : null,
      ),
      answerWith("actions.request", (input) => {
        if (input.transactionId === rows[3]?.id) return undefined;
        return {
          id: `a-${sent.length}`,
          idempotencyKey: input.idempotencyKey,
          transactionId: input.transactionId,
          kind: "refund",
          state: "succeeded",
          amountMinor: input.amountMinor ?? null,
          currency: "EUR",
          reason: input.reason ?? null,
          requestedBy: "u",
          requestedByName: "Olga Ops",
          approvedBy: null,
          approvedByName: null,
          retryOf: null,
          childTransactionId: null,
          outcome: { code: "S.0000", message: "Refund is successful." },
          error: null,
          createdAt: new Date(),
          sentAt: new Date(),
          finishedAt: new Date(),
          nextCheckAt: null,
        };
      }),
    );
    for (const n of [1, 3, 4]) fireEvent.click(screen.getByRole("checkbox", { name: `Select order-${n}` }));
    const bar = screen.getByRole("toolbar", { name: "Selected transactions" });
    expect(bar.textContent).toContain("3 selected");
    // The failed payment cannot be refunded: the bar says for how many of the three a refund applies, and offers
    // no void (none of them is an authorization).
    expect(within(bar).queryByRole("button", { name: /^Void/ })).toBeNull();
    expect(within(bar).getByRole("button", { name: "Re-sync…" })).toBeTruthy();
    fireEvent.click(within(bar).getByRole("button", { name: "Refund 2 of 3…" }));
    const dialog = screen.getByRole("dialog", { name: "Refund 2 transactions" });
    expect(within(dialog).getByRole("note").textContent).toBe(
      "1 of the 3 selected is left out: only a successful payment or capture can be refunded.",
    );
    const start = within(dialog).getByRole("button", { name: "Refund 2" });
    expect((start as HTMLButtonElement).disabled).toBe(true); // one reason for all is required
    fireEvent.change(within(dialog).getByLabelText("Reason (one for all)"), { target: { value: "Order cancelled" } });
    fireEvent.click(start);

    const progress = within(dialog).getByRole("progressbar");
    await waitFor(() => expect(progress.getAttribute("aria-valuenow")).toBe("2"));
    const results = within(dialog).getByRole("table", { name: "Results" });
    const [first, refused, ...others] = within(results).getAllByRole("row");
    expect(others).toHaveLength(0); // the failed payment is not in the run at all
    expect(first?.textContent).toContain("Succeeded");
    expect(first?.textContent).toContain("Refund is successful.");
    expect(refused?.textContent).toContain("Cannot refund €40.00: only €0.00 is left to refund");

    // Full refundable amounts, one reason, a distinct key per row; the failed payment was never sent.
    expect(sent.map((s) => [s.transactionId, s.amountMinor, s.reason])).toEqual([
      [rows[0]?.id, 1000n, "Order cancelled"],
      [rows[3]?.id, 4000n, "Order cancelled"],
    ]);
    expect(new Set(sent.map((s) => s.idempotencyKey)).size).toBe(2);

    // Running the refused row again asks the server first: nothing is left to refund, so nothing more is sent.
    fireEvent.click(within(dialog).getByRole("button", { name: "Run the 1 failed again" }));
    await waitFor(() =>
      expect(within(results).getAllByRole("row")[1]?.textContent).toContain("Skipped: Nothing left to refund"),
    );
    expect(sent).toHaveLength(2);
  });

  it("offers only what applies to every selected row, or says for how many it does", async () => {
    const authorization = paid(5, { type: "authorization" });
    await insertTransactions(backend().db, [...rows, authorization]);
    renderApp("/transactions");
    await screen.findByRole("checkbox", { name: "Select order-1" });
    const bar = () => screen.getByRole("toolbar", { name: "Selected transactions" });
    const names = () =>
      within(bar())
        .getAllByRole("button")
        .map((button) => button.textContent);

    fireEvent.click(screen.getByRole("checkbox", { name: "Select order-1" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "Select order-2" }));
    expect(names()).toEqual(["Refund…", "Re-sync…", "Clear selection"]);

    fireEvent.click(screen.getByRole("checkbox", { name: "Select order-5" }));
    expect(names()).toEqual(["Refund 2 of 3…", "Void 1 of 3…", "Re-sync…", "Clear selection"]);
    fireEvent.click(within(bar()).getByRole("button", { name: "Void 1 of 3…" }));
    const dialog = screen.getByRole("dialog", { name: "Void 1 transaction" });
    expect(within(within(dialog).getByRole("table", { name: "Results" })).getAllByRole("row")).toHaveLength(1);
    expect(dialog.textContent).toContain("order-5");
  });

  it("offers no row selection to a role that may not act", async () => {
    await insertTransactions(backend().db, rows);
    await backend().signIn("finance@paylens.demo");
    renderApp("/transactions");
    await waitFor(() => expect(document.querySelectorAll("table tbody tr").length).toBe(4));
    expect(screen.queryByRole("checkbox", { name: "Select order-1" })).toBeNull();
  });
});
