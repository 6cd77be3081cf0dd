// The shopper-facing page behind normalUrl: a tiny 3-D Secure challenge where a person (or a browser test) passes or fails.
import { formatMinor } from "@paylens/domain/money";
import { escapeHtml, htmlPage, notFoundHtml } from "../html-page.ts";
import type { Payment } from "./store.ts";

function amountLine(payment: Payment): string {
  return `<p>${escapeHtml(formatMinor(payment.amount, payment.currency))} ${escapeHtml(payment.currency)} · ${escapeHtml(payment.card.brand)} •••• ${escapeHtml(payment.card.last4)}</p>`;
}

export function challengePage(payment: Payment): string {
  if (payment.status !== "PROCESSING") {
    return htmlPage(
      "3-D Secure",
      `<h1>3-D Secure</h1><p>This payment is already <strong>${escapeHtml(payment.status)}</strong>.</p>`,
    );
  }
  return htmlPage(
    "3-D Secure challenge",
    `<h1>3-D Secure challenge</h1><p>Antom sandbox ACS.</p>${amountLine(payment)}
<form method="post" action="/ams/sandbox/challenge/${escapeHtml(payment.paymentId)}">
<button type="submit" name="result" value="pass" autofocus>Authenticate</button>
<button type="submit" name="result" value="fail">Fail authentication</button></form>`,
  );
}

export function resultPage(payment: Payment): string {
  return htmlPage(
    "3-D Secure",
    `<h1>Payment ${escapeHtml(payment.status)}</h1>${amountLine(payment)}<p>${escapeHtml(payment.paymentId)}</p>`,
  );
}

export const notFoundPage = (): string => notFoundHtml("Payment");
