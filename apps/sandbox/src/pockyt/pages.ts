// The shopper's side: Pockyt's cashier page (pick the outcome, or type a card for vendor creditcard) and the
// callbackUrl redirect with its {macro} substitution (pockyt.md §9).
import { formatMinor } from "@paylens/domain/money";
import { cashierPath } from "./engine.ts";
import { ipnTime } from "./responses.ts";
import type { Payment } from "./store.ts";

function escape(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:28rem;margin:3rem auto;padding:0 1rem}button{margin:.25rem;padding:.5rem 1rem}input{padding:.4rem}</style>
</head><body>${body}</body></html>`;
}

function summary(payment: Payment): string {
  const vendor = payment.vendor ?? "wallet";
  return `<p>${escape(formatMinor(payment.amount, payment.currency))} ${escape(payment.currency)} · ${escape(vendor)}</p>
<p>${escape(payment.description ?? payment.reference)}</p><p><small>${escape(payment.transactionNo)}</small></p>`;
}

export function cashierPage(payment: Payment): string {
  if (payment.status !== "init") {
    return page("Pockyt cashier", `<h1>Pockyt cashier</h1>${summary(payment)}<p>This payment is <strong>${escape(payment.status)}</strong>.</p>`);
  }
  const card =
    payment.vendor === "creditcard"
      ? `<p><input name="cardNumber" inputmode="numeric" placeholder="Card number" autocomplete="off"> <input name="expiry" placeholder="MM/YY" size="5"></p>
<button type="submit" name="action" value="card">Pay by card</button>`
      : `<button type="submit" name="action" value="pay" autofocus>Pay</button><button type="submit" name="action" value="fail">Decline</button>`;
  return page(
    "Pockyt cashier",
    `<h1>Pockyt cashier (sandbox)</h1>${summary(payment)}
<form method="post" action="${escape(cashierPath(payment.transactionNo))}">${card}<button type="submit" name="action" value="cancel">Cancel</button></form>`,
  );
}

export function notFoundPage(): string {
  return page("Not found", "<h1>Transaction not found</h1>");
}

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
