// @vitest-environment dom-and-api
import { fireEvent, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { DisputeSnapshot } from "@paylens/domain/dispute";
import { makeTransaction } from "../../mocks/fixtures.ts";
import { useMockServer } from "../../mocks/mock-server.ts";
import { renderApp } from "../../mocks/render-app.tsx";
import { insertDisputes, insertTransactions } from "../../mocks/test-data.ts";
import { failWith } from "../../mocks/trpc-handlers.ts";
import { saveDisputeEvidence } from "@paylens/db/queries/dispute-evidence";

const { server, backend } = useMockServer();

const payment = {
  ...makeTransaction(3, new Date("2026-11-20T12:00:00Z")),
  provider: "begateway",
  providerUid: "pay-disputed-1",
  type: "payment",
  status: "successful",
  amountMinor: 4200n,
  currency: "EUR",
};

// Deadlines relative to now, so "days left" reads the same whenever the test runs.
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000 - 60_000);

function dispute(id: string, patch: Partial<DisputeSnapshot> = {}): DisputeSnapshot {
  return {
    provider: "begateway",
    providerDisputeId: id,
    paymentProviderUid: payment.providerUid,
    stage: "chargeback",
    status: "needs_response",
    reasonCode: "10.4",
    reasonMessage: "10.4 Other Fraud - Card Absent Environment",
    reasonCategory: "fraud",
    amountMinor: 4200n,
    currency: "EUR",
    networkReference: "227807123456",
    dueAt: inDays(5),
    openedAt: new Date("2026-11-25T09:00:00Z"),
    updatedAt: new Date("2026-11-25T09:00:00Z"),
    event: "chargeback new",
    raw: {},
    ...patch,
  };
}

describe("disputes screen", () => {
  it("shows the empty state when no provider has sent a dispute", async () => {
    renderApp("/disputes");
    expect(await screen.findByText("No disputes")).toBeTruthy();
  });

  it("lists the queue by deadline, filters it, and opens a dispute with its payment and timeline", async () => {
    await insertTransactions(backend().db, [payment]);
    await insertDisputes(backend().db, payment.accountId, [
      dispute("cb-late", { dueAt: inDays(20), reasonCode: "4853", reasonCategory: "consumer_dispute" }),
      dispute("cb-soon"),
      dispute("cb-soon", {
        status: "under_review",
        updatedAt: new Date("2026-11-26T09:00:00Z"),
        event: "defence sent",
      }),
    ]);
    renderApp("/disputes");
    const table = await screen.findByRole("table");
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringContaining("5 d left"),
      expect.stringContaining("20 d left"),
    ]);
    expect(rows[0]?.textContent).toContain("Under review");
    expect(rows[0]?.textContent?.replace(/\u00a0/g, " ")).toContain("42.00");
    expect(rows[1]?.textContent).toContain("Consumer dispute");
    expect(within(rows[0]!).getByRole("link", { name: "pay-disputed-1" })).toBeTruthy();

    fireEvent.change(screen.getByLabelText("Reason"), { target: { value: "consumer_dispute" } });
    expect(await screen.findByText("4853")).toBeTruthy();
    await screen.findByText((_, el) => el?.tagName === "TBODY" && el.querySelectorAll("tr").length === 1);

    fireEvent.change(screen.getByLabelText("Reason"), { target: { value: "" } });
    fireEvent.click(await screen.findByRole("button", { name: "5 d left" }));
    const detail = await screen.findByRole("region", { name: "Dispute detail" });
    expect(await within(detail).findByText(/defence sent/)).toBeTruthy();
    expect(within(detail).getByText(/chargeback new/)).toBeTruthy();
    expect(within(detail).getByRole("link").textContent).toContain("pay-disputed-1");
  });

  it("asks before accepting, and shows the API's refusal when the provider takes no acceptance", async () => {
    await insertTransactions(backend().db, [payment]);
    await insertDisputes(backend().db, payment.accountId, [dispute("cb-accept")]);
    const [row] = (await backend().as("ops@paylens.demo").disputes.list({})).items;
    renderApp(`/disputes?dispute=${row!.id}`);
    const detail = await screen.findByRole("region", { name: "Dispute detail" });
    fireEvent.click(await within(detail).findByRole("button", { name: "Accept the dispute" }));
    fireEvent.click(within(detail).getByRole("button", { name: /Accept and lose/ }));
    expect((await within(detail).findByRole("alert")).textContent).toContain("takes no acceptance through its API");
  });

  it("offers no acceptance to support", async () => {
    await insertTransactions(backend().db, [payment]);
    await insertDisputes(backend().db, payment.accountId, [dispute("cb-support")]);
    const [row] = (await backend().as("support@paylens.demo").disputes.list({})).items;
    await backend().signIn("support@paylens.demo");
    renderApp(`/disputes?dispute=${row!.id}`);
    const detail = await screen.findByRole("region", { name: "Dispute detail" });
    await within(detail).findByText("Timeline");
    expect(within(detail).queryByRole("button", { name: "Accept the dispute" })).toBeNull();
    expect(within(detail).queryByRole("textbox", { name: "New dispute note" })).toBeNull();
    expect(within(detail).queryByLabelText(/Send evidence/)).toBeNull();
  });

  it("lets finance add a note, redacted and shown on the dispute's timeline", async () => {
    await insertTransactions(backend().db, [payment]);
    await insertDisputes(backend().db, payment.accountId, [dispute("cb-note")]);
    const [row] = (await backend().as("finance@paylens.demo").disputes.list({})).items;
    await backend().signIn("finance@paylens.demo");
    renderApp(`/disputes?dispute=${row!.id}`);
    const detail = await screen.findByRole("region", { name: "Dispute detail" });
    fireEvent.change(await within(detail).findByRole("textbox", { name: "New dispute note" }), {
      target: { value: "Refund 4111 1111 1111 1111 already sent" },
    });
    fireEvent.click(within(detail).getByRole("button", { name: "Add note" }));
    const item = await within(detail).findByText(
      (_, el) => el?.tagName === "LI" && (el.textContent ?? "").includes("already sent"),
    );
    expect(item.textContent).toContain("Note by");
    expect(item.textContent).not.toContain("4111 1111 1111 1111");
    expect(within(detail).getByText(/chargeback new/)).toBeTruthy();
    const saved = await backend().as("support@paylens.demo").disputes.byId({ id: row!.id });
    expect(saved.notes).toHaveLength(1);
  });

  it("checks the evidence file in the browser, then shows the API's answer for a provider without an evidence API", async () => {
    await insertTransactions(backend().db, [payment]);
    await insertDisputes(backend().db, payment.accountId, [dispute("cb-evidence")]);
    const [row] = (await backend().as("ops@paylens.demo").disputes.list({})).items;
    renderApp(`/disputes?dispute=${row!.id}`);
    const detail = await screen.findByRole("region", { name: "Dispute detail" });
    const input = await within(detail).findByLabelText(/Send evidence/);
    fireEvent.change(input, { target: { files: [new File(["<html>no</html>"], "receipt.pdf")] } });
    expect((await within(detail).findByRole("alert")).textContent).toBe("Evidence must be a PDF, PNG or JPEG file");
    fireEvent.change(input, { target: { files: [new File(["%PDF-1.4 receipt"], "receipt.pdf")] } });
    await within(detail).findByText(/has no API for dispute evidence/);
    expect(within(detail).getByText("No evidence sent.")).toBeTruthy();
  });

  it("lists the evidence sent, and offers no upload once the dispute is under review", async () => {
    await insertTransactions(backend().db, [payment]);
    await insertDisputes(backend().db, payment.accountId, [dispute("cb-sent", { status: "under_review" })]);
    const [row] = (await backend().as("ops@paylens.demo").disputes.list({})).items;
    await saveDisputeEvidence(backend().db, {
      disputeId: row!.id,
      idempotencyKey: "evidence-web-1",
      fileName: "tracking.png",
      contentType: "image/png",
      sizeBytes: 3000,
      sha256: "a".repeat(64),
      content: Buffer.from([0x89, 0x50, 0x4e, 0x47]),
      providerState: "ok",
      author: "someone",
      authorName: "Olga Ops",
    });
    renderApp(`/disputes?dispute=${row!.id}`);
    const list = await screen.findByRole("list", { name: "Evidence sent" });
    expect(list.textContent).toContain("tracking.png · image/png · 3 KB · Olga Ops");
    expect(screen.queryByLabelText(/Send evidence/)).toBeNull();
  });

  it("shows an error state the user can retry", async () => {
    server.use(failWith("disputes.list", "INTERNAL_SERVER_ERROR", "database is down"));
    renderApp("/disputes");
    expect(await screen.findByText("Could not load the disputes")).toBeTruthy();
  });

  it("shows the payment's disputes on its page", async () => {
    await insertTransactions(backend().db, [payment]);
    await insertDisputes(backend().db, payment.accountId, [dispute("cb-page")]);
    renderApp(`/transactions/${payment.id}`);
    const panel = await screen.findByRole("region", { name: "Disputes" });
    expect(within(panel).getByRole("link").textContent).toBe("Chargeback · Needs response");
    expect(panel.textContent).toContain("Fraud (10.4)");
  });

  it("marks the disputed payment in the transactions table", async () => {
    const other = { ...makeTransaction(4, new Date("2026-11-21T12:00:00Z")), providerUid: "pay-calm-1" };
    await insertTransactions(backend().db, [payment, other]);
    await insertDisputes(backend().db, payment.accountId, [dispute("cb-table")]);
    renderApp("/transactions");
    const mark = await screen.findByText("disputed");
    expect(mark.closest("tr")?.textContent).toContain(payment.trackingId);
    expect(screen.getAllByText("disputed")).toHaveLength(1);
  });
});
