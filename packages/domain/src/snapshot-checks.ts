// Signed but wrong: a message that verifies yet says something a payment cannot do. It is kept and shown on the
// timeline, and raises an alert, but it changes nothing: no negative amount, no currency change, and no new amount
// for a transaction that is already final (a successful payment's amount is what the customer was charged).
import { formatMinor } from "./money.ts";
import { isFinal, type TransactionStatus } from "./transaction.ts";

export interface StoredMoney {
  status: TransactionStatus;
  amountMinor: bigint;
  currency: string;
}

export interface IncomingMoney {
  status: TransactionStatus;
  amountMinor: bigint;
  currency: string;
}

const hours = (ms: number) => `${Math.round((ms / 3_600_000) * 10) / 10} h`;

/**
 * A provider's signed time further than the window from when the message arrived: a replay, or a clock badly off.
 * No signed time (a provider that signs the body only) means there is nothing to check.
 */
export function outsideReplayWindow(signedAt: Date | null, receivedAt: Date, windowMs: number): string | null {
  if (!signedAt || windowMs <= 0) return null;
  const age = receivedAt.getTime() - signedAt.getTime();
  if (Math.abs(age) <= windowMs) return null;
  const when = age > 0 ? `signed ${hours(age)} before it arrived` : `signed ${hours(-age)} after it arrived`;
  return `${when}, outside the ${hours(windowMs)} replay window: not applied`;
}

/** Why the message must not be applied, in words for the timeline; null when it may be. */
export function suspiciousChange(current: StoredMoney | null, incoming: IncomingMoney): string | null {
  const amount = () => `${formatMinor(incoming.amountMinor, incoming.currency)} ${incoming.currency}`;
  if (incoming.amountMinor < 0n) return `negative amount ${amount()}: not applied`;
  // A declined or expired attempt may carry no amount; money that moved always has one.
  if (incoming.amountMinor === 0n && incoming.status === "successful")
    return `successful with a zero amount: not applied`;
  if (!current) return null;
  if (incoming.currency !== current.currency)
    return `currency changed from ${current.currency} to ${incoming.currency}: not applied`;
  if (isFinal(current.status) && incoming.amountMinor !== current.amountMinor) {
    return `amount changed from ${formatMinor(current.amountMinor, current.currency)} ${current.currency} to ${amount()} after the transaction was ${current.status}: not applied`;
  }
  return null;
}
