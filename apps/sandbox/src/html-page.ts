// The shopper-facing pages every emulator serves (3-D Secure challenges, cashiers, receipts) share one bare layout.
import type { FastifyReply } from "fastify";

const STYLE =
  "body{font-family:system-ui,sans-serif;max-width:28rem;margin:3rem auto;padding:0 1rem}button{margin:.25rem;padding:.5rem 1rem}";

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** A whole page; extraStyle adds rules for pages with more than buttons (a card form). */
export function htmlPage(title: string, body: string, extraStyle = ""): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>${STYLE}${extraStyle}</style>
</head><body>${body}</body></html>`;
}

/** What a link to an unknown transaction or payment shows. */
export function notFoundHtml(noun: "Transaction" | "Payment", extraStyle = ""): string {
  return htmlPage("Not found", `<h1>${noun} not found</h1>`, extraStyle);
}

export function sendHtml(reply: FastifyReply, status: number, html: string): FastifyReply {
  return reply.code(status).type("text/html; charset=utf-8").send(html);
}
