// @vitest-environment dom-and-api
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { ActionRequestInput } from "../../lib/api-types.ts";
import { formatMoney } from "../../lib/format-money.ts";
import { makeAction } from "../../mocks/action-fixtures.ts";
import { makeTransaction } from "../../mocks/fixtures.ts";
import { useMockServer } from "../../mocks/mock-server.ts";
import { renderApp } from "../../mocks/render-app.tsx";
import { insertTransactions } from "../../mocks/test-data.ts";
import { answerWith, failWith, recordInputs } from "../../mocks/trpc-handlers.ts";

const { server, backend } = useMockServer();

// A successful EUR 800.00 payment with EUR 175.00 refunded already: EUR 625.00 left.
const payment = {
  ...makeTransaction(1, new Date("2026-11-23T12:00:00Z")),
  type: "payment",
  status: "successful",
  amountMinor: 80000n,
  currency: "EUR",
};
const refunded = {
  ...makeTransaction(2, new Date("2026-11-23T13:00:00Z")),
  provider: payment.provider,
  accountId: payment.accountId,
  parentId: payment.id,
  parentProviderUid: payment.providerUid,
  type: "refund",
  status: "successful",
  amountMinor: 17500n,
  currency: "EUR",
};

/** The payment and its earlier refund, as the provider reported them. */
const paymentWithRefund = () => insertTransactions(backend().db, [payment, refunded]);
const text = (node: Element | null) => node?.textContent?.replace(/\u00a0/g, " ") ?? "";
const money = (minor: bigint) => formatMoney(minor, "EUR", { display: "none" }).replace(/\u00a0/g, " ");

async function openRefund() {
  renderApp(`/transactions/${payment.id}`);
  // The first test of the file loads the transaction screen's code cold: allow it more than the default second.
  fireEvent.click(await screen.findByRole("button", { name: "Refund…" }, { timeout: 20_000 }));
  return screen.getByRole("dialog", { name: "Refund payment" });
}

describe("refund dialog", () => {
  it("shows what is left after the typed amount, exactly, and the second-approver note above the limit", async () => {
    await paymentWithRefund();
    const dialog = await openRefund();
    const amount = within(dialog).getByLabelText("Amount to refund (required)");
    expect((amount as HTMLInputElement).value).toBe("625.00");
    expect(text(within(dialog).getByTestId("left-after"))).toContain(money(0n));
    // Over the limit by default (625.00 > 500.00): it will wait for a second person.
    expect(text(within(dialog).getByRole("note"))).toContain("waits for a second person");

    fireEvent.change(amount, { target: { value: "125.01" } });
    expect(text(within(dialog).getByTestId("left-after"))).toContain(money(49999n));
    expect(within(dialog).queryByRole("note")).toBeNull();

    // Above what is left: the button is off, and the dialog says why beside it.
    fireEvent.change(within(dialog).getByLabelText("Reason (required)"), { target: { value: "Returned" } });
    const submit = within(dialog).getByRole("button", { name: "Refund payment" }) as HTMLButtonElement;
    expect(submit.disabled).toBe(false);
    expect(text(within(dialog).getByTestId("left-now"))).toContain(money(62500n));
    fireEvent.change(amount, { target: { value: "700" } });
    expect(submit.disabled).toBe(true);
    expect(text(within(dialog).getByTestId("blocked"))).toBe(
      "Cannot send yet: That is more than the EUR 625.00 left to refund.",
    );
    expect(submit.getAttribute("aria-describedby")).toBe(within(dialog).getByTestId("blocked").id);
    fireEvent.change(amount, { target: { value: "0" } });
    expect(submit.disabled).toBe(true);
    expect(text(within(dialog).getByTestId("blocked"))).toContain("The amount must be more than zero.");
    fireEvent.change(amount, { target: { value: "1.234" } });
    expect(text(within(dialog).getByTestId("blocked"))).toContain("EUR has at most 2 decimal places.");
  });

  it("sends one idempotency key for every submit of the same dialog, and a new one for the next dialog", async () => {
    const keys: string[] = [];
    const csrf: (string | null)[] = [];
    const sent: ActionRequestInput[] = [];
    await paymentWithRefund();
    server.use(
      recordInputs("actions.request", sent, (request) => {
        keys.push(sent.at(-1)?.idempotencyKey ?? "");
        csrf.push(request.headers.get("x-csrf-token"));
      }),
      // The first answer is lost (a timeout at the gateway)...
      failWith("actions.request", "INTERNAL_SERVER_ERROR", "Gateway timeout", () => sent.length === 1),
      // ...the second is the provider's answer (no provider runs here).
      answerWith("actions.request", (input) =>
        makeAction({
          transactionId: payment.id,
          kind: "refund",
          state: "succeeded",
          amountMinor: input.amountMinor ?? null,
          currency: "EUR",
          outcome: { code: "S.0000", message: "Refund is successful." },
        }),
      ),
    );
    const dialog = await openRefund();
    fireEvent.change(within(dialog).getByLabelText("Amount to refund (required)"), { target: { value: "100" } });
    fireEvent.change(within(dialog).getByLabelText("Reason (required)"), {
      target: { value: "Customer returned the goods" },
    });
    const submit = within(dialog).getByRole("button", { name: "Refund payment" });
    fireEvent.click(submit);
    fireEvent.click(submit); // a double click: the button is busy, nothing more is sent
    expect(await within(dialog).findByRole("alert")).toBeTruthy();
    expect(text(within(dialog).getByRole("alert"))).toBe("Gateway timeout");
    fireEvent.click(within(dialog).getByRole("button", { name: "Try again" }));
    const result = await within(dialog).findByRole("status");
    expect(text(result)).toContain("Succeeded");
    expect(text(result)).toContain("Refund is successful.");
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    expect(csrf).toEqual([backend().csrfToken, backend().csrfToken]);

    fireEvent.click(within(dialog).getByRole("button", { name: "Close" }));
    fireEvent.click(await screen.findByRole("button", { name: "Refund…" }));
    fireEvent.change(within(screen.getByRole("dialog")).getByLabelText("Reason (required)"), {
      target: { value: "Second refund" },
    });
    fireEvent.click(
      within(screen.getByRole("dialog")).getByRole("button", { name: /Refund payment|Ask for approval/ }),
    );
    await waitFor(() => expect(keys).toHaveLength(3));
    expect(keys[2]).not.toBe(keys[0]);
  });

  it("shows the server's CONFLICT message in the dialog and keeps the form", async () => {
    await paymentWithRefund();
    const dialog = await openRefund();
    // Meanwhile someone else refunded EUR 600.00: only 25.00 is left, and the server says so.
    await backend().as("ops2@paylens.demo").actions.request({
      idempotencyKey: "someone-else-1",
      transactionId: payment.id,
      kind: "refund",
      amountMinor: 60000n,
      reason: "Refunded by phone",
    });
    fireEvent.change(within(dialog).getByLabelText("Reason (required)"), { target: { value: "Duplicate order" } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Ask for approval" }));
    expect(text(await within(dialog).findByRole("alert"))).toBe("Cannot refund €625.00: only €25.00 is left to refund");
    expect(within(dialog).getByLabelText("Amount to refund (required)")).toBeTruthy();
  });

  it("says up front that a reason is required, and keeps the button off until there is one", async () => {
    const sent: ActionRequestInput[] = [];
    await paymentWithRefund();
    server.use(recordInputs("actions.request", sent));
    const dialog = await openRefund();
    // Before anything is typed or pressed.
    expect(text(within(dialog).getByTestId("required-fields"))).toContain(
      "Required: an amount up to what is left, and a reason",
    );
    expect((within(dialog).getByLabelText("Reason (required)") as HTMLTextAreaElement).required).toBe(true);
    const submit = within(dialog).getByRole("button", { name: "Ask for approval" }) as HTMLButtonElement;
    expect(submit.disabled).toBe(true);
    expect(text(within(dialog).getByTestId("blocked"))).toBe("Cannot send yet: Enter a reason.");
    fireEvent.click(submit);
    expect(sent).toHaveLength(0);
    fireEvent.change(within(dialog).getByLabelText("Reason (required)"), { target: { value: "Duplicate order" } });
    expect(submit.disabled).toBe(false);
    expect(within(dialog).queryByTestId("blocked")).toBeNull();
  });

  it("counts a yen refund in whole yen against the yen limit (JPY 50,000)", async () => {
    const yen = {
      ...makeTransaction(3, new Date("2026-11-23T12:00:00Z")),
      type: "payment",
      status: "successful",
      amountMinor: 80_000n,
      currency: "JPY",
    };
    await insertTransactions(backend().db, [yen]);
    renderApp(`/transactions/${yen.id}`);
    fireEvent.click(await screen.findByRole("button", { name: "Refund…" }));
    const dialog = screen.getByRole("dialog", { name: "Refund payment" });
    const amount = within(dialog).getByLabelText("Amount to refund (required)");
    expect((amount as HTMLInputElement).value).toBe("80000");
    expect(text(within(dialog).getByTestId("approval-limit"))).toContain("50,000");
    fireEvent.change(amount, { target: { value: "60000" } });
    expect(text(within(dialog).getByRole("note"))).toContain("Above JPY 50,000: this refund waits for a second person");
    fireEvent.change(amount, { target: { value: "40000" } });
    expect(within(dialog).queryByRole("note")).toBeNull();
    fireEvent.change(amount, { target: { value: "40000.5" } });
    expect(text(within(dialog).getByTestId("blocked"))).toContain("JPY has no minor units: enter a whole number.");
  });

  it("follows the admin's limit for the currency", async () => {
    await paymentWithRefund();
    await backend().as("admin@paylens.demo").approvalLimits.set({ currency: "EUR", amount: "1000" });
    const dialog = await openRefund();
    expect(within(dialog).queryByRole("note")).toBeNull(); // 625.00 is under 1,000.00 now
    expect(text(within(dialog).getByTestId("approval-limit"))).toContain(money(100000n));
  });
});

describe("actions panel", () => {
  it("refunds through the API: the refundable amount drops and the audit trail names it", async () => {
    // No provider runs here: above the approval limit the refund waits, holding its amount, and calls no provider.
    await backend().as("admin@paylens.demo").approvalLimits.set({ currency: "EUR", amount: "10.00" });
    await insertTransactions(backend().db, [payment]);
    renderApp(`/transactions/${payment.id}`);
    expect(text(await screen.findByTestId("refundable"))).toContain(money(80000n));
    fireEvent.click(screen.getByRole("button", { name: "Refund…" }));
    const dialog = screen.getByRole("dialog");
    fireEvent.change(within(dialog).getByLabelText("Amount to refund (required)"), { target: { value: "12.34" } });
    fireEvent.change(within(dialog).getByLabelText("Reason (required)"), { target: { value: "Damaged item" } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Ask for approval" }));
    await within(dialog).findByRole("status");
    await waitFor(() => expect(text(screen.getByTestId("refundable"))).toContain(money(80000n - 1234n)));
    const trail = screen.getByRole("region", { name: "Audit trail" });
    await waitFor(() => expect(within(trail).getAllByText("refund.request").length).toBe(1));
    expect(text(trail)).toContain("EUR 12.34");
  });

  it("hides the action buttons from a role that may not act", async () => {
    await insertTransactions(backend().db, [payment]);
    await backend().signIn("support@paylens.demo");
    renderApp(`/transactions/${payment.id}`);
    await screen.findByTestId("refundable");
    expect(screen.queryByRole("button", { name: "Refund…" })).toBeNull();
    expect(text(screen.getByRole("region", { name: "Actions" }))).toContain("The Support role reads actions");
    expect(screen.getByRole("textbox", { name: "New note" })).toBeTruthy();
  });
});
