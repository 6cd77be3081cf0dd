// The shopper-facing pages: a tiny "ACS challenge" where a person (or a browser test) picks the 3-DS result, and a receipt.
import { formatMinor } from "@paylens/domain/money";
import type { Transaction } from "./store.ts";

function escape(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:28rem;margin:3rem auto;padding:0 1rem}button{margin:.25rem;padding:.5rem 1rem}</style>
</head><body>${body}</body></html>`;
}

function amountLine(tx: Transaction): string {
  const card = tx.card ? ` · card •••• ${escape(tx.card.last4)}` : "";
  return `<p>${escape(formatMinor(BigInt(tx.amount), tx.currency))} ${escape(tx.currency)}${card}</p>`;
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
    return page("3-D Secure", `<h1>3-D Secure</h1><p>This transaction is already <strong>${escape(tx.status)}</strong>.</p>`);
  }
  const expected = tx.threeDs.expected;
  const buttons = CHOICES.map(
    ([value, label]) =>
      `<button type="submit" name="result" value="${value}"${value === expected ? " autofocus" : ""}>${label} (${value})</button>`,
  ).join("");
  return page(
    "3-D Secure challenge",
    `<h1>3-D Secure challenge</h1><p>Sandbox ACS (${escape(tx.threeDs.flow)} card; documented result ${escape(expected)}).</p>
${amountLine(tx)}<p>${escape(tx.description ?? "")}</p>
<form method="post" action="/process/${escape(tx.uid)}">${buttons}</form>`,
  );
}

export function resultPage(tx: Transaction): string {
  return page("3-D Secure", `<h1>Payment ${escape(tx.status)}</h1>${amountLine(tx)}<p>${escape(tx.uid)}</p>`);
}

export function receiptPage(tx: Transaction): string {
  return page(
    "Receipt",
    `<h1>Receipt</h1>${amountLine(tx)}<p>${escape(tx.description ?? "")}</p>
<p>${escape(tx.type)} · ${escape(tx.status)} · ${escape(tx.createdAt.toISOString())}</p><p>${escape(tx.uid)}</p>`,
  );
}

export function notFoundPage(): string {
  return page("Not found", "<h1>Transaction not found</h1>");
}
