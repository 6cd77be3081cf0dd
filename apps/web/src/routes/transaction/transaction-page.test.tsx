// @vitest-environment dom-and-api
import { screen, within } from "@testing-library/react";
import { opsMessage } from "@paylens/codes/code-message";
import { afterEach, describe, expect, it } from "vitest";
import { loadCodeTexts } from "../../i18n/code-texts.ts";
import { setLanguage } from "../../i18n/index.ts";
import { formatMoney } from "../../lib/format-money.ts";
import { makeDetail, makeTransaction } from "../../mocks/fixtures.ts";
import type { DetailTransaction } from "./detail-types.ts";
import { renderApp } from "../../mocks/render-app.tsx";
import { useMockServer } from "../../mocks/mock-server.ts";
import { insertEvents, insertTransactions } from "../../mocks/test-data.ts";

const { backend } = useMockServer();

const created = new Date("2026-11-23T12:00:00Z");
const payment = {
  ...makeTransaction(7, created),
  status: "failed",
  amountMinor: 1234567n,
  currency: "KWD",
  code: "F.0114",
  outcomeLetter: "F",
  outcomeService: "Card processing",
  message: "Insufficient funds. Check the account balance.",
  friendlyMessage: "Insufficient funds. Failed to complete the transaction.",
  reason: "insufficient_funds",
  retryable: true,
  rrn: "600000000777",
  avsResult: "N",
  cvcResult: "M",
  threeDsEci: "07",
  threeDsResult: "N",
};
const refund = {
  ...makeTransaction(8, new Date(created.getTime() + 60_000)),
  provider: payment.provider,
  accountId: payment.accountId,
  parentId: payment.id,
  parentProviderUid: payment.providerUid,
  type: "refund",
  status: "successful",
};

/** The transaction with its timeline (webhooks, a duplicate, a stale status query) and children, as stored. */
async function store(t: DetailTransaction, children: DetailTransaction[] = []) {
  await insertTransactions(backend().db, [t, ...children]);
  await insertEvents(backend().db, makeDetail(t).events);
}

describe("transaction page", () => {
  afterEach(() => setLanguage("en"));

  it("shows summary, decoded outcome, verifications, timeline and related transactions", async () => {
    await store(payment, [refund]);
    renderApp(`/transactions/${payment.id}`);

    const outcome = await screen.findByRole("region", { name: "Decoded outcome" });
    expect(within(outcome).getByText("F · Failed: declined or refused")).toBeTruthy();
    expect(within(outcome).getByText("Insufficient funds. Check the account balance.")).toBeTruthy();
    expect(within(outcome).getByText("insufficient_funds")).toBeTruthy();
    expect(within(outcome).getByText("Yes: a later retry can succeed")).toBeTruthy();

    // The header shows the amount once, with the code only where the currency has no symbol.
    const headline = document.querySelector(".money-lg");
    expect(headline?.textContent?.replace(/\u00a0/g, " ")).toBe(formatMoney(1234567n, "KWD").replace(/\u00a0/g, " "));
    const references = screen.getByRole("region", { name: "References" });
    expect(within(references).getByText("600000000777")).toBeTruthy();
    expect(within(references).getByRole("button", { name: "Copy RRN" })).toBeTruthy();

    const checks = screen.getByRole("region", { name: "Verifications" });
    expect(within(checks).getByText("No match")).toBeTruthy();
    expect(within(checks).getByText("CVC matches")).toBeTruthy();
    expect(within(checks).getByText("Not authenticated, no liability shift")).toBeTruthy();

    const timeline = screen.getByRole("region", { name: "Timeline" });
    expect(within(timeline).getByText("Duplicate")).toBeTruthy();
    expect(within(timeline).getByText("Stale")).toBeTruthy();
    expect(within(timeline).getByText("lag 1.8 s")).toBeTruthy();
    expect(within(timeline).getByText("lag 1 min 1 s")).toBeTruthy();

    const related = screen.getByRole("region", { name: "Related transactions" });
    expect(within(related).getByRole("link", { name: "Refund" }).getAttribute("href")).toBe(
      `/transactions/${refund.id}`,
    );
  });

  it("shows the decoded message in the reader's language from its parts, the issuer's answer by its reason", async () => {
    const issuerSaid = opsMessage("Insufficient funds on the card or wallet.", [
      { kind: "issuer", code: "51", said: "Not sufficient funds", advice: null },
    ]);
    await store({ ...payment, ...issuerSaid });
    await setLanguage("ru");
    await loadCodeTexts("ru");
    renderApp(`/transactions/${payment.id}`);
    expect(
      await screen.findByText(
        "Недостаточно средств на карте или в кошельке. Ответ эмитента: 51 (Недостаточно средств).",
      ),
    ).toBeTruthy();
  });

  it("writes the headline amount once: $25.99, never $25.99 USD", async () => {
    const usd = { ...makeTransaction(10, created), amountMinor: 2599n, currency: "USD" };
    await store(usd);
    renderApp(`/transactions/${usd.id}`);

    await screen.findByRole("region", { name: "References" });
    const headline = document.querySelector(".money-lg");
    expect(headline?.textContent).toBe("$25.99");
  });

  it("names each reference as the provider does, each with a copy button, and links to the card's and customer's transactions", async () => {
    const antom = {
      ...makeTransaction(9, created),
      provider: "antom",
      providerUid: "202611231900000009",
      trackingId: "PR-9",
      refId: "ACQ-REF-9",
      networkTransactionId: "NTI-9",
      rrn: "600000000009",
      cardBin: "420000",
      cardLast4: "0000",
      customerEmail: "jane@example.com",
      details: { refusalCodeRaw: "51", refusalReasonRaw: "Insufficient funds", merchantAdviceCode: "01" },
    };
    await store(antom);
    renderApp(`/transactions/${antom.id}`);

    const references = await screen.findByRole("region", { name: "References" });
    for (const name of [
      "paymentId",
      "paymentRequestId",
      "RRN",
      "Acquirer ref (ref_id)",
      "Network txn ID",
      "Paylens ID",
    ]) {
      expect(within(references).getByRole("button", { name: `Copy ${name}` })).toBeTruthy();
    }
    expect(within(references).getByText("ACQ-REF-9")).toBeTruthy();

    const related = screen.getByRole("region", { name: "Related transactions" });
    const card = within(related).getByRole("link", { name: "All transactions of this card" });
    expect(decodeURIComponent(card.getAttribute("href") ?? "").replace(/\+/g, " ")).toContain(
      "q=bin:420000 last4:0000",
    );
    const customer = within(related).getByRole("link", { name: "All transactions of this customer" });
    expect(decodeURIComponent(customer.getAttribute("href") ?? "")).toContain("q=email:jane@example.com");

    const checks = screen.getByRole("region", { name: "Verifications" });
    expect(within(checks).getByText("51 · Insufficient funds")).toBeTruthy();
  });

  it("says so when the transaction does not exist", async () => {
    renderApp("/transactions/00000000-0000-4000-8000-00000000abcd");
    expect(await screen.findByText("Transaction not found")).toBeTruthy();
  });

  it("does not ask the server about an id that cannot exist", async () => {
    renderApp("/transactions/not-an-id");
    expect(await screen.findByText("Transaction not found")).toBeTruthy();
  });
});
