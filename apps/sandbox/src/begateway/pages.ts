// The shopper-facing pages: a tiny "ACS challenge" where a person (or a browser test) picks the 3-DS result, and a receipt.
import { formatMinor } from "@paylens/domain/money";
import { escapeHtml, htmlPage, notFoundHtml } from "../html-page.ts";
import type { Transaction } from "./store.ts";

function amountLine(tx: Transaction): string {
  const card = tx.card ? ` · card •••• ${escapeHtml(tx.card.last4)}` : "";
  return `<p>${escapeHtml(formatMinor(BigInt(tx.amount), tx.currency))} ${escapeHtml(tx.currency)}${card}</p>`;
}

const CHOICES: ReadonlyArray<readonly [string, string]> = [
  ["Y", "Authenticate"],
  ["A", "Attempted"],
  ["N", "Fail"],
  ["R", "Reject"],
  ["U", "Unavailable"],
];

export function challengePage(tx: Transaction): string {
  if (tx.status !== "incomplete" || !tx.threeDs) {
    return htmlPage(
      "3-D Secure",
      `<h1>3-D Secure</h1><p>This transaction is already <strong>${escapeHtml(tx.status)}</strong>.</p>`,
    );
  }
  const expected = tx.threeDs.expected;
  const buttons = CHOICES.map(
    ([value, label]) =>
      `<button type="submit" name="result" value="${value}"${value === expected ? " autofocus" : ""}>${label} (${value})</button>`,
  ).join("");
  return htmlPage(
    "3-D Secure challenge",
    `<h1>3-D Secure challenge</h1><p>Sandbox ACS (${escapeHtml(tx.threeDs.flow)} card; documented result ${escapeHtml(expected)}).</p>
${amountLine(tx)}<p>${escapeHtml(tx.description ?? "")}</p>
<form method="post" action="/process/${escapeHtml(tx.uid)}">${buttons}</form>`,
  );
}

export function resultPage(tx: Transaction): string {
  return htmlPage(
    "3-D Secure",
    `<h1>Payment ${escapeHtml(tx.status)}</h1>${amountLine(tx)}<p>${escapeHtml(tx.uid)}</p>`,
  );
}

export function receiptPage(tx: Transaction): string {
  return htmlPage(
    "Receipt",
    `<h1>Receipt</h1>${amountLine(tx)}<p>${escapeHtml(tx.description ?? "")}</p>
<p>${escapeHtml(tx.type)} · ${escapeHtml(tx.status)} · ${escapeHtml(tx.createdAt.toISOString())}</p><p>${escapeHtml(tx.uid)}</p>`,
  );
}

export const notFoundPage = (): string => notFoundHtml("Transaction");
