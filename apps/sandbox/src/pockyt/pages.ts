// The shopper's side: Pockyt's cashier page (pick the outcome, or type a card for vendor creditcard) and the
// callbackUrl redirect with its {macro} substitution (docs/providers/pockyt.md §9).
import { formatMinor } from "@paylens/domain/money";
import { escapeHtml, htmlPage, notFoundHtml } from "../html-page.ts";
import { cashierPath } from "./engine.ts";
import { ipnTime } from "./responses.ts";
import type { Payment } from "./store.ts";

// Every cashier page styles the card form's inputs, whether it shows them or not.
const CASHIER_STYLE = "input{padding:.4rem}";

function summary(payment: Payment): string {
  const vendor = payment.vendor ?? "wallet";
  return `<p>${escapeHtml(formatMinor(payment.amount, payment.currency))} ${escapeHtml(payment.currency)} · ${escapeHtml(vendor)}</p>
<p>${escapeHtml(payment.description ?? payment.reference)}</p><p><small>${escapeHtml(payment.transactionNo)}</small></p>`;
}

export function cashierPage(payment: Payment): string {
  if (payment.status !== "init") {
    return htmlPage(
      "Pockyt cashier",
      `<h1>Pockyt cashier</h1>${summary(payment)}<p>This payment is <strong>${escapeHtml(payment.status)}</strong>.</p>`,
      CASHIER_STYLE,
    );
  }
  const card =
    payment.vendor === "creditcard"
      ? `<p><input name="cardNumber" inputmode="numeric" placeholder="Card number" autocomplete="off"> <input name="expiry" placeholder="MM/YY" size="5"></p>
<button type="submit" name="action" value="card">Pay by card</button>`
      : `<button type="submit" name="action" value="pay" autofocus>Pay</button><button type="submit" name="action" value="fail">Decline</button>`;
  return htmlPage(
    "Pockyt cashier",
    `<h1>Pockyt cashier (sandbox)</h1>${summary(payment)}
<form method="post" action="${escapeHtml(cashierPath(payment.transactionNo))}">${card}<button type="submit" name="action" value="cancel">Cancel</button></form>`,
    CASHIER_STYLE,
  );
}

export const notFoundPage = (): string => notFoundHtml("Transaction", CASHIER_STYLE);

/** callbackUrl with {status}, {amount}, {reference}, {note}, {transactionNo}, {time} and {yuansferId} filled in. */
export function callbackTarget(payment: Payment): string | null {
  if (!payment.callbackUrl) return null;
  const values: Record<string, string> = {
    status: payment.status,
    amount: formatMinor(payment.amount, payment.currency),
    reference: payment.reference,
    note: payment.note ?? "",
    transactionNo: payment.transactionNo,
    yuansferId: payment.transactionNo,
    time: ipnTime(payment.updatedAt),
  };
  return payment.callbackUrl.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : encodeURIComponent(value);
  });
}
