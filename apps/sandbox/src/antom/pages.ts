// The shopper-facing page behind normalUrl: a tiny 3-D Secure challenge where a person (or a browser test) passes or fails.
import { formatMinor } from "@paylens/domain/money";
import type { Payment } from "./store.ts";

function escape(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:28rem;margin:3rem auto;padding:0 1rem}button{margin:.25rem;padding:.5rem 1rem}</style>
</head><body>${body}</body></html>`;
}

function amountLine(payment: Payment): string {
  return `<p>${escape(formatMinor(payment.amount, payment.currency))} ${escape(payment.currency)} · ${escape(payment.card.brand)} •••• ${escape(payment.card.last4)}</p>`;
}

export function challengePage(payment: Payment): string {
  if (payment.status !== "PROCESSING") {
    return page("3-D Secure", `<h1>3-D Secure</h1><p>This payment is already <strong>${escape(payment.status)}</strong>.</p>`);
  }
  return page(
    "3-D Secure challenge",
    `<h1>3-D Secure challenge</h1><p>Antom sandbox ACS.</p>${amountLine(payment)}
<form method="post" action="/ams/sandbox/challenge/${escape(payment.paymentId)}">
<button type="submit" name="result" value="pass" autofocus>Authenticate</button>
<button type="submit" name="result" value="fail">Fail authentication</button></form>`,
  );
}

export function resultPage(payment: Payment): string {
  return page("3-D Secure", `<h1>Payment ${escape(payment.status)}</h1>${amountLine(payment)}<p>${escape(payment.paymentId)}</p>`);
}

export function notFoundPage(): string {
  return page("Not found", "<h1>Payment not found</h1>");
}
