// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { makeAction, OPS, OPS2 } from "../../mocks/access-fixtures.ts";
import { useMockServer } from "../../mocks/mock-server.ts";
import { mockHandlers, staticStore } from "../../mocks/mock-store.ts";
import { renderApp } from "../../mocks/render-app.tsx";
import { trpcMutation, trpcQuery } from "../../mocks/trpc-handlers.ts";

const server = useMockServer();

const held = makeAction({
  transactionId: "00000000-0000-4000-8000-000000000001",
  kind: "refund",
  state: "pending_approval",
  amountMinor: 75000n,
  currency: "EUR",
  reason: "Chargeback avoided",
  requestedBy: OPS.id,
  requestedByName: OPS.name,
});
const waiting = [
  {
    action: held,
    transaction: {
      id: held.transactionId,
      provider: "begateway",
      trackingId: "order-1",
      amountMinor: 90000n,
      currency: "EUR",
    },
  },
];

describe("approvals screen", () => {
  it("lets a second person approve, and counts what waits in the navigation", async () => {
    const approved: string[] = [];
    let list = waiting;
    server.use(
      trpcQuery("actions.awaitingApproval", () => list),
      trpcMutation("actions.approve", (input) => {
        approved.push(input.id);
        list = [];
        return { ...held, state: "succeeded", approvedBy: OPS2.id, approvedByName: OPS2.name };
      }),
      ...mockHandlers(staticStore([]), "pglite", OPS2),
    );
    renderApp("/approvals");
    const table = await screen.findByRole("table");
    expect(table.textContent?.replace(/\u00a0/g, " ")).toContain("750.00");
    expect(table.textContent).toContain("Chargeback avoided");
    expect(screen.getByRole("navigation", { name: "Main" }).textContent).toContain("1");
    fireEvent.click(within(table).getByRole("button", { name: "Approve" }));
    await waitFor(() => expect(approved).toEqual([held.id]));
    expect(await screen.findByText("Nothing waits for approval")).toBeTruthy();
  });

  it("does not offer the requester their own approval", async () => {
    server.use(
      trpcQuery("actions.awaitingApproval", () => waiting),
      ...mockHandlers(staticStore([]), "pglite", OPS),
    );
    renderApp("/approvals");
    expect(await screen.findByText("You asked for this: another person must approve it")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Approve" })).toBeNull();
  });

  it("sends the decline note", async () => {
    const notes: string[] = [];
    server.use(
      trpcQuery("actions.awaitingApproval", () => waiting),
      trpcMutation("actions.decline", (input) => {
        notes.push(input.note);
        return { ...held, state: "cancelled" };
      }),
      ...mockHandlers(staticStore([]), "pglite", OPS2),
    );
    renderApp("/approvals");
    fireEvent.click(await screen.findByRole("button", { name: "Decline…" }));
    const decline = screen.getByRole("button", { name: "Decline" });
    expect((decline as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByRole("textbox", { name: "Why not approved" }), {
      target: { value: "Customer already refunded by bank transfer" },
    });
    fireEvent.click(decline);
    await waitFor(() => expect(notes).toEqual(["Customer already refunded by bank transfer"]));
  });
});
