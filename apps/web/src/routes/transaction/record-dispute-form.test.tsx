// @vitest-environment dom-and-api
// Recording a dispute by hand on the transaction page, through the real router: offered to finance where the provider
// has no dispute feed (Pockyt's definition), prefilled with the payment's amount, the reason decoded as it is typed,
// the source's card number redacted, and the dispute listed on the page once recorded; refused input says why.
import { fireEvent, screen, within } from "@testing-library/react";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { makeTransaction } from "../../mocks/fixtures.ts";
import { useMockServer } from "../../mocks/mock-server.ts";
import { renderApp } from "../../mocks/render-app.tsx";
import { insertTransactions } from "../../mocks/test-data.ts";

const { backend } = useMockServer();

const pockytPayment = {
  ...makeTransaction(5, new Date("2026-11-20T12:00:00Z")),
  provider: "pockyt",
  accountId: "pockyt-demo",
  providerUid: "297553638494381",
  type: "payment",
  status: "successful",
  amountMinor: 12_550n,
  currency: "USD",
};
const begatewayPayment = {
  ...pockytPayment,
  ...makeTransaction(6, new Date("2026-11-20T12:00:00Z")),
  provider: "begateway",
  accountId: "begateway-demo",
  type: "payment",
  status: "successful",
};

describe("record dispute form", () => {
  it("records a Pockyt dispute with its source and lists it on the payment", async () => {
    await insertTransactions(backend().db, [pockytPayment]);
    await backend().signIn("finance@paylens.demo");
    renderApp(`/transactions/${pockytPayment.id}`);
    const panel = await screen.findByRole("region", { name: "Disputes" });
    fireEvent.click(within(panel).getByRole("button", { name: "Record dispute" }));
    const form = within(panel).getByRole("form", { name: "Record a dispute" });
    expect((within(form).getByLabelText("Amount") as HTMLInputElement).value).toBe("125.50");
    expect((within(form).getByLabelText("Currency") as HTMLInputElement).value).toBe("USD");

    // Without a source it says what is missing and records nothing.
    fireEvent.click(within(form).getByRole("button", { name: "Record dispute" }));
    expect(within(form).getByRole("alert").textContent).toContain("Say where the dispute was learnt of");

    fireEvent.change(within(form).getByLabelText("Reason code (optional)"), { target: { value: "4853" } });
    expect(within(form).getByText("Consumer dispute")).toBeTruthy();
    fireEvent.change(within(form).getByLabelText("Amount"), { target: { value: "100" } });
    fireEvent.change(within(form).getByLabelText("Source"), {
      target: { value: "Pockyt merchant portal, card 4111 1111 1111 1111" },
    });
    fireEvent.click(within(form).getByRole("button", { name: "Record dispute" }));

    expect(await within(panel).findByRole("link", { name: "Chargeback · Needs response" })).toBeTruthy();
    expect(within(panel).queryByRole("form")).toBeNull();
    const item = within(panel).getByRole("listitem");
    expect(item.textContent).toContain("100.00USD");
    expect(item.textContent).toContain("Consumer dispute (4853)");
    expect(item.textContent).toContain("Pockyt merchant portal");
    expect(item.textContent).not.toContain("4111 1111 1111 1111");
    const stored = await backend().db.execute<{ amount_minor: string; source: string }>(
      sql`select amount_minor::text, source from disputes`,
    );
    expect(stored.rows.map((r) => r.amount_minor)).toEqual(["10000"]);
  });

  it("is not offered to ops, nor where the provider sends its own disputes", async () => {
    await insertTransactions(backend().db, [pockytPayment, begatewayPayment]);
    renderApp(`/transactions/${pockytPayment.id}`);
    await screen.findByRole("region", { name: "Decoded outcome" });
    expect(screen.queryByRole("button", { name: "Record dispute" })).toBeNull();

    await backend().signIn("finance@paylens.demo");
    renderApp(`/transactions/${begatewayPayment.id}`);
    await screen.findAllByRole("region", { name: "Decoded outcome" });
    expect(screen.queryByRole("button", { name: "Record dispute" })).toBeNull();
  });
});
