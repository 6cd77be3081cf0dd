// Kestrel's ticket (the webhook body and every API answer) → snapshot. Status comes from the code's letter.
import { z } from "zod";
import { redactCardData } from "@paylens/domain/card";
import type { TransactionSnapshot, TransactionStatus } from "@paylens/domain/transaction";
import { PayloadError } from "../../connector.ts";
import { decodeKestrel } from "./codes.ts";
import { kestrelMeta } from "./meta.ts";

/** Fields holding ids, kept as sent by the card-data guard. */
export const IDENTIFIER_FIELDS: ReadonlySet<string> = new Set(["ticket", "parentTicket", "basket"]);

export const kestrelTicket = z.object({
  ticket: z.string().min(1).max(100),
  parentTicket: z.string().min(1).max(100).nullish(),
  basket: z.string().max(100).nullish(),
  kind: z.enum(["payment", "refund"]),
  code: z.string().regex(/^K\d{2}$/),
  amount: z.string().regex(/^\d{1,18}$/, "minor units as digits"),
  currency: z.string().regex(/^[A-Z]{3}$/),
  at: z.iso.datetime(),
  email: z.string().max(200).nullish(),
});
export type KestrelTicket = z.infer<typeof kestrelTicket>;

const STATUS: Readonly<Record<string, TransactionStatus>> = { S: "successful", P: "pending", F: "failed", E: "error" };

export function readTicket(body: unknown): KestrelTicket {
  const parsed = kestrelTicket.safeParse(body);
  if (!parsed.success) throw new PayloadError(`not a Kestrel ticket: ${parsed.error.issues[0]?.message ?? "invalid"}`);
  return parsed.data;
}

export function mapKestrelTicket(body: unknown): TransactionSnapshot {
  const ticket = readTicket(body);
  const outcome = decodeKestrel(ticket.code);
  const status = STATUS[outcome.letter ?? "E"] ?? "error";
  const at = new Date(ticket.at);
  return {
    provider: kestrelMeta.id,
    providerUid: ticket.ticket,
    parentProviderUid: ticket.parentTicket ?? null,
    type: ticket.kind,
    status,
    amountMinor: BigInt(ticket.amount),
    currency: ticket.currency,
    trackingId: ticket.basket ?? null,
    description: null,
    method: null,
    customerEmail: ticket.email ?? null,
    customerIp: null,
    customerCountry: null,
    rrn: null,
    authCode: null,
    refId: null,
    networkTransactionId: null,
    outcome,
    verifications: { threeDs: null, avs: null, cvc: null },
    test: true,
    createdAt: at,
    updatedAt: at,
    paidAt: status === "successful" ? at : null,
    settledAt: null,
    closedAt: null,
    expiredAt: null,
    details: {},
    raw: redactCardData(body, IDENTIFIER_FIELDS),
  };
}
