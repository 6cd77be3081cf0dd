// Chargebacks the issuers raise on captured card payments (docs/providers/begateway.md, "Disputes"): a share of
// payments and captures is disputed after days to weeks, as a `chargeback` transaction whose parent is the disputed
// one, notified and queryable like any other.
import { drawDisputeReason } from "../dispute-reasons.ts";
import { chance, type Rng } from "../random.ts";
import { disputeDelayMs, Timers } from "../timing.ts";
import { approve, undecided } from "./outcome.ts";
import type { BegatewayStore, Transaction } from "./store.ts";

export interface ChargebackDeps {
  store: BegatewayStore;
  /** Draws which payments are disputed, when and why: its own stream, so outcomes never shift. */
  rng: Rng;
  idRng: Rng;
  /** Share of captured card payments disputed (0 turns them off). */
  rate: number;
  /** Multiplies the wait for a dispute still in the future (the demo compresses days into minutes). */
  timeScale: number;
  notify(tx: Transaction): void;
  /** The shop's standing webhook address, for chargebacks of transactions sent without a notification_url. */
  shopAddress(shopId: string): string | null;
}

export type RaiseResult = { ok: true; chargeback: Transaction } | { ok: false; reason: string };

/** Payments and captures that moved money: the only transactions a cardholder can dispute. */
function disputable(tx: Transaction): boolean {
  return (tx.type === "payment" || tx.type === "capture") && tx.status === "successful";
}

export class Chargebacks {
  private readonly timers = new Timers();
  /** Disputed parents: a payment is charged back once. */
  private readonly disputed = new Set<string>();

  constructor(private readonly deps: ChargebackDeps) {}

  /** Called when a payment or capture succeeds: draws whether and when its cardholder disputes it. */
  consider(tx: Transaction): void {
    const { rng, rate } = this.deps;
    if (!disputable(tx) || rate <= 0 || !chance(rng, rate)) return;
    const due = (tx.paidAt ?? tx.createdAt).getTime() + disputeDelayMs(rng);
    const wait = due - Date.now();
    // A back-filled payment's dispute may already be due: it is raised at once, dated when it arrived.
    if (wait <= 0) this.raise(tx.uid, new Date(due));
    else this.timers.after(wait * this.deps.timeScale, () => this.raise(tx.uid, new Date()));
  }

  /** Raises a chargeback on a payment or capture now (tests and demo switches) or at a given time. */
  raise(parentUid: string, at: Date = new Date()): RaiseResult {
    const { store, idRng } = this.deps;
    const parent = store.get(parentUid);
    if (!parent || !disputable(parent)) return { ok: false, reason: "not a successful payment or capture" };
    if (this.disputed.has(parent.uid)) return { ok: false, reason: "already charged back" };
    const amount = parent.amount - parent.refunded;
    if (amount <= 0) return { ok: false, reason: "fully refunded" };
    const reason = drawDisputeReason(this.deps.rng, parent.card?.brand ?? "visa");
    const when =
      at.getTime() > (parent.paidAt ?? parent.createdAt).getTime() ? at : new Date(parent.createdAt.getTime() + 1);
    const chargeback: Transaction = {
      ...parent,
      uid: store.newUid(),
      type: "chargeback",
      ...undecided(when, idRng),
      amount,
      parentUid: parent.uid,
      reason: `${reason.code} ${reason.message}`,
      recurringType: null,
      avs: null,
      cvc: null,
      threeDs: null,
      additionalData: {},
      notificationUrl: parent.notificationUrl ?? this.deps.shopAddress(parent.shopId),
    };
    approve(chargeback, when, idRng, parent.bank.authCode);
    // The network reference is the disputed payment's: the RRN is how the acquirer matches the two.
    chargeback.bank = { ...chargeback.bank, rrn: parent.bank.rrn, message: "Chargeback was received" };
    store.add(chargeback);
    this.disputed.add(parent.uid);
    this.deps.notify(chargeback);
    return { ok: true, chargeback };
  }

  close(): void {
    this.timers.stopAll();
  }
}
