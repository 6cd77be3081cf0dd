// @vitest-environment dom-and-api
// The outcome of a dispute recorded by hand, through the real router: finance picks it, confirms with the amount in
// words, and the dispute reads as decided; ops sees neither the control nor an accept button the provider would refuse.
import { fireEvent, screen, within } from "@testing-library/react";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { makeTransaction } from "../../mocks/fixtures.ts";
import { useMockServer } from "../../mocks/mock-server.ts";
import { renderApp } from "../../mocks/render-app.tsx";
import { insertDisputes, insertTransactions } from "../../mocks/test-data.ts";

const { backend } = useMockServer();

const payment = {
  ...makeTransaction(7, new Date("2026-11-20T12:00:00Z")),
  provider: "pockyt",
  accountId: "pockyt-demo",
  providerUid: "297553638494999",
  type: "payment",
  status: "successful",
  amountMinor: 7_800n,
  currency: "USD",
};

async function recordedByHand(): Promise<string> {
  const db = backend().db;
  await insertTransactions(db, [payment]);
  const at = new Date("2026-11-25T09:00:00Z");
  await insertDisputes(db, payment.accountId, [
    {
      provider: "pockyt",
      providerDisputeId: "hand-outcome-test",
      paymentProviderUid: payment.providerUid,
      stage: "chargeback",
      status: "needs_response",
      reasonCode: "13.1",
      reasonMessage: null,
      reasonCategory: "consumer_dispute",
      amountMinor: 7_800n,
      currency: "USD",
      networkReference: null,
      dueAt: null,
      openedAt: at,
      updatedAt: at,
      event: "recorded by Fay Finance",
      raw: {},
    },
  ]);
  const rows = await db.execute<{ id: string }>(sql`
    update disputes set source = 'Pockyt merchant portal', recorded_by = 'u-1', recorded_by_name = 'Fay Finance'
    where provider_dispute_id = 'hand-outcome-test' returning id`);
  return rows.rows[0]!.id;
}

describe("outcome of a dispute recorded by hand", () => {
  it("lets finance set it lost after confirming, and shows it decided", async () => {
    const id = await recordedByHand();
    await backend().signIn("finance@paylens.demo");
    renderApp(`/disputes?dispute=${id}`);
    const detail = await screen.findByRole("region", { name: "Dispute detail" });
    const control = await within(detail).findByRole("group", { name: "Set the outcome" });
    expect(within(detail).queryByRole("button", { name: "Accept the dispute" })).toBeNull();
    expect(within(detail).getByText("Pockyt merchant portal", { exact: false })).toBeTruthy();
    fireEvent.click(within(control).getByRole("button", { name: "Lost" }));
    const confirm = within(control).getByRole("button", { name: /^Lost: book the/ });
    expect(confirm.textContent).toContain("78.00");
    fireEvent.click(confirm);
    expect(await within(detail).findByText("Lost · Chargeback")).toBeTruthy();
    expect(within(detail).queryByRole("group", { name: "Set the outcome" })).toBeNull();
  });

  it("offers ops no outcome control", async () => {
    const id = await recordedByHand();
    renderApp(`/disputes?dispute=${id}`);
    const detail = await screen.findByRole("region", { name: "Dispute detail" });
    await within(detail).findByText("Needs response · Chargeback");
    expect(within(detail).queryByRole("group", { name: "Set the outcome" })).toBeNull();
    expect(within(detail).queryByRole("button", { name: "Accept the dispute" })).toBeNull();
  });
});
