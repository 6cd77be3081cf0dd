// @vitest-environment dom-and-api
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { RouterInputs } from "../../trpc.ts";
import { makeTransaction } from "../../mocks/fixtures.ts";
import { useMockServer } from "../../mocks/mock-server.ts";
import { renderApp } from "../../mocks/render-app.tsx";
import { insertTransactions } from "../../mocks/test-data.ts";
import { recordInputs } from "../../mocks/trpc-handlers.ts";

const { server, backend } = useMockServer();

// A EUR 900.00 payment; Olga asks to refund EUR 750.00 of it, above the EUR 500.00 a second person must approve.
const payment = {
  ...makeTransaction(1, new Date("2026-11-23T12:00:00Z")),
  provider: "begateway",
  type: "payment",
  status: "successful",
  amountMinor: 90000n,
  currency: "EUR",
  trackingId: "order-1",
};

async function holdRefund() {
  await insertTransactions(backend().db, [payment]);
  const held = await backend().as("ops@paylens.demo").actions.request({
    idempotencyKey: "approval-test-1",
    transactionId: payment.id,
    kind: "refund",
    amountMinor: 75000n,
    reason: "Chargeback avoided",
  });
  expect(held.state).toBe("pending_approval");
  return held;
}

describe("approvals screen", () => {
  it("lets a second person approve, and counts what waits in the navigation", async () => {
    const held = await holdRefund();
    const approved: RouterInputs["actions"]["approve"][] = [];
    server.use(recordInputs("actions.approve", approved));
    await backend().signIn("ops2@paylens.demo");
    renderApp("/approvals");
    const table = await screen.findByRole("table");
    expect(table.textContent?.replace(/\u00a0/g, " ")).toContain("750.00");
    expect(table.textContent).toContain("Chargeback avoided");
    expect(screen.getByRole("navigation", { name: "Main" }).textContent).toContain("1");
    fireEvent.click(within(table).getByRole("button", { name: "Approve" }));
    await waitFor(() => expect(approved.map((a) => a.id)).toEqual([held.id]));
    expect(await screen.findByText("Nothing waits for approval")).toBeTruthy();
  });

  it("does not offer the requester their own approval", async () => {
    await holdRefund();
    renderApp("/approvals");
    expect(await screen.findByText("You asked for this: another person must approve it")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Approve" })).toBeNull();
  });

  it("sends the decline note", async () => {
    await holdRefund();
    const declined: RouterInputs["actions"]["decline"][] = [];
    server.use(recordInputs("actions.decline", declined));
    await backend().signIn("ops2@paylens.demo");
    renderApp("/approvals");
    fireEvent.click(await screen.findByRole("button", { name: "Decline…" }));
    const decline = screen.getByRole("button", { name: "Decline" });
    expect((decline as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByRole("textbox", { name: "Why not approved" }), {
      target: { value: "Customer already refunded by bank transfer" },
    });
    fireEvent.click(decline);
    await waitFor(() => expect(declined.map((d) => d.note)).toEqual(["Customer already refunded by bank transfer"]));
    expect(await screen.findByText("Nothing waits for approval")).toBeTruthy();
  });
});
