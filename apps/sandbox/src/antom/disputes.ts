// Disputes on captured card payments (docs/providers/antom.md, "Disputes"): notifyDispute DISPUTE_CREATED, then
// DEFENSE_DUE_ALERT a day before the defence is due, then DISPUTE_JUDGED (or DISPUTE_CANCELLED by the shopper); the
// merchant answers with acceptDispute (judged ACCEPT_BY_MERCHANT at once) or supplyDefenseDocument (DEFENSE_SUPPLIED,
// judged after the scheme's review). Every step is dated in simulated time and waits (step - now) × timeScale.
import { drawDisputeReason, type DisputeReason } from "../dispute-reasons.ts";
import { chance, lognormalMedian, randomDigits, type Rng, uniform } from "../random.ts";
import { disputeDelayMs, Timers } from "../timing.ts";
import { result } from "./codes.ts";
import { antomTime, errorBody } from "./responses.ts";
import type { AntomStore, Payment } from "./store.ts";

type Json = Record<string, unknown>;

export type JudgedResult = "ACCEPT_BY_CUSTOMER" | "ACCEPT_BY_MERCHANT";
export type DisputeState = "OPEN" | "DEFENSE_SUPPLIED" | "JUDGED" | "CANCELLED";

/** What the scheme will decide, drawn when the dispute opens (or pinned by a test). */
export interface DisputePlan {
  /** The shopper withdraws before the defence is due. */
  cancel: boolean;
  /** The verdict on a defended dispute; an undefended one is always lost (ACCEPT_BY_MERCHANT). */
  judgedIfDefended: JudgedResult;
}

export interface Dispute {
  disputeId: string;
  payment: Payment;
  amount: bigint;
  reason: DisputeReason;
  disputeTime: Date;
  defenseDueTime: Date;
  state: DisputeState;
  plan: DisputePlan;
  judgedResult: JudgedResult | null;
  judgedTime: Date | null;
  /** When the merchant accepted or supplied its defence (both answers return it). */
  resolutionTime: Date | null;
  /** When the shopper withdrew it (DISPUTE_CANCELLED): the settlement file returns the money then. */
  cancelledTime: Date | null;
  evidenceBytes: number;
}

export interface DisputeDeps {
  store: AntomStore;
  /** Its own stream: drawing disputes never shifts payment outcomes. */
  rng: Rng;
  rate: number;
  timeScale: number;
  notify(payment: Payment, body: Json): void;
}

const DAY_MS = 86_400_000;
/** The sandbox's defence window: Antom states a defenseDueTime per dispute; seven days is typical of card schemes. */
const DEFENSE_WINDOW_MS = 7 * DAY_MS;
const ALERT_BEFORE_DUE_MS = DAY_MS;
/** The scheme's review of a defence: median 10 days. */
const REVIEW_MEDIAN_MS = 10 * DAY_MS;
/** A back-filled dispute's steps already past are sent in order, this much simulated time apart (docs/traffic.md §7). */
const PAST_STEP_GAP_MS = 30 * 60_000;
const CANCEL_SHARE = 0.1;
const DEFENDED_WIN_SHARE = 0.45;

const money = (amount: bigint, currency: string) => ({ currency, value: amount.toString() });

export class AntomDisputes {
  private readonly timers = new Timers();
  private readonly byId = new Map<string, Dispute>();
  private readonly byPayment = new Map<string, string>();
  private readonly pending = new Map<string, NodeJS.Timeout[]>();
  /**
   * Past steps waiting their turn per dispute (present once one ran): sent together, they would cross on the way
   * (each webhook has its own lag). One timer at a time runs them: timers of different lengths that are all overdue
   * run by length, not by due time, so a judged step queued behind its alert could go first and cancel it.
   */
  private readonly backlog = new Map<string, Array<() => void>>();

  constructor(private readonly deps: DisputeDeps) {}

  /** A payment reached SUCCESS with money captured (at once, or by a capture): its shopper may dispute it later. */
  consider(payment: Payment): void {
    const { rng, rate } = this.deps;
    if (payment.status !== "SUCCESS" || payment.captured === 0n || rate <= 0 || !chance(rng, rate)) return;
    const due = new Date((payment.paymentTime ?? payment.createdAt).getTime() + disputeDelayMs(rng));
    // A back-filled payment's dispute may already be due: it opens at once, dated when it arrived.
    if (due.getTime() <= Date.now()) this.open(payment.paymentId, due);
    else this.at(payment.paymentId, due, () => this.open(payment.paymentId, due));
  }

  /** Opens a dispute now (tests and demo switches); a plan pins what follows. */
  open(paymentId: string, at: Date = new Date(), plan?: Partial<DisputePlan>): Dispute | string {
    const { store, rng } = this.deps;
    const payment = store.payment(paymentId);
    if (!payment || payment.status !== "SUCCESS" || payment.captured === 0n) return "not a captured payment";
    if (this.byPayment.has(paymentId)) return "already disputed";
    const amount = payment.captured - payment.refunded;
    if (amount <= 0n) return "fully refunded";
    const dispute: Dispute = {
      disputeId: `${at.toISOString().slice(0, 10).replace(/-/g, "")}1940108004${randomDigits(rng, 17)}`,
      payment,
      amount,
      reason: drawDisputeReason(rng, payment.card.brand),
      disputeTime: at,
      defenseDueTime: new Date(at.getTime() + DEFENSE_WINDOW_MS),
      state: "OPEN",
      plan: {
        cancel: plan?.cancel ?? chance(rng, CANCEL_SHARE),
        judgedIfDefended:
          plan?.judgedIfDefended ?? (chance(rng, DEFENDED_WIN_SHARE) ? "ACCEPT_BY_CUSTOMER" : "ACCEPT_BY_MERCHANT"),
      },
      judgedResult: null,
      judgedTime: null,
      resolutionTime: null,
      cancelledTime: null,
      evidenceBytes: 0,
    };
    this.byId.set(dispute.disputeId, dispute);
    this.byPayment.set(paymentId, dispute.disputeId);
    this.send(dispute, "DISPUTE_CREATED");
    const id = dispute.disputeId;
    if (at.getTime() <= Date.now()) this.backlog.set(id, []);
    if (dispute.plan.cancel) {
      const withdrawn = new Date(at.getTime() + uniform(rng, 1, 5) * DAY_MS);
      this.at(id, withdrawn, () => this.withdraw(id, withdrawn));
    } else {
      const alert = new Date(dispute.defenseDueTime.getTime() - ALERT_BEFORE_DUE_MS);
      this.at(id, alert, () => dispute.state === "OPEN" && this.send(dispute, "DEFENSE_DUE_ALERT"));
      // Undefended by the due time: the merchant bears it.
      this.at(id, dispute.defenseDueTime, () => this.judge(id, "ACCEPT_BY_MERCHANT", dispute.defenseDueTime));
    }
    return dispute;
  }

  get(disputeId: string, clientId: string): Dispute | null {
    const dispute = this.byId.get(disputeId);
    return dispute && dispute.payment.clientId === clientId ? dispute : null;
  }

  /** acceptDispute: judged ACCEPT_BY_MERCHANT now; the same request again gets the same answer. */
  accept(clientId: string, disputeId: string, at: Date): Json {
    const dispute = this.get(disputeId, clientId);
    if (!dispute) return errorBody(result("PARAM_ILLEGAL", "F", "The dispute does not exist."));
    const accepted = dispute.resolutionTime !== null && dispute.judgedResult === "ACCEPT_BY_MERCHANT";
    if (!accepted) {
      const refusal = this.refusal(dispute, at);
      if (refusal) return refusal;
      dispute.resolutionTime = at;
      this.judge(disputeId, "ACCEPT_BY_MERCHANT", at);
    }
    return this.answer(dispute);
  }

  /** supplyDefenseDocument: DEFENSE_SUPPLIED now, judged after the review; repeated, the same answer. */
  supply(clientId: string, disputeId: string, evidenceBytes: number, at: Date): Json {
    const dispute = this.get(disputeId, clientId);
    if (!dispute) return errorBody(result("PARAM_ILLEGAL", "F", "The dispute does not exist."));
    if (dispute.state === "DEFENSE_SUPPLIED" || (dispute.evidenceBytes > 0 && dispute.state === "JUDGED"))
      return this.answer(dispute);
    const refusal = this.refusal(dispute, at);
    if (refusal) return refusal;
    dispute.state = "DEFENSE_SUPPLIED";
    dispute.resolutionTime = at;
    dispute.evidenceBytes = evidenceBytes;
    this.cancelTimers(disputeId);
    this.send(dispute, "DEFENSE_SUPPLIED");
    const judged = new Date(at.getTime() + lognormalMedian(this.deps.rng, REVIEW_MEDIAN_MS, 0.4));
    this.at(disputeId, judged, () => this.judge(disputeId, dispute.plan.judgedIfDefended, judged));
    return this.answer(dispute);
  }

  /** notifyDispute's body for one step (docs/providers/antom.md, "Disputes"). */
  body(dispute: Dispute, type: string): Json {
    const judged = dispute.judgedResult !== null;
    const judgedAmount = dispute.judgedResult === "ACCEPT_BY_MERCHANT" ? dispute.amount : 0n;
    return {
      paymentRequestId: dispute.payment.paymentRequestId,
      disputeId: dispute.disputeId,
      paymentId: dispute.payment.paymentId,
      disputeTime: antomTime(dispute.disputeTime),
      disputeAmount: money(dispute.amount, dispute.payment.currency),
      disputeNotificationType: type,
      disputeReasonCode: dispute.reason.code,
      disputeReasonMsg: dispute.reason.message,
      defenseDueTime: antomTime(dispute.defenseDueTime),
      defendable: dispute.state === "OPEN",
      ...(judged && dispute.judgedTime
        ? {
            disputeJudgedTime: antomTime(dispute.judgedTime),
            disputeJudgedResult: dispute.judgedResult,
            disputeJudgedAmount: money(judgedAmount, dispute.payment.currency),
          }
        : {}),
    };
  }

  /** The client's disputes, for its settlement file. */
  list(clientId: string): Dispute[] {
    return [...this.byId.values()].filter((d) => d.payment.clientId === clientId);
  }

  counts(): Record<DisputeState, number> {
    const counts: Record<DisputeState, number> = { OPEN: 0, DEFENSE_SUPPLIED: 0, JUDGED: 0, CANCELLED: 0 };
    for (const dispute of this.byId.values()) counts[dispute.state] += 1;
    return counts;
  }

  close(): void {
    this.timers.stopAll();
  }

  /** The shopper withdraws an unanswered dispute. */
  private withdraw(disputeId: string, at: Date): void {
    const dispute = this.byId.get(disputeId);
    if (!dispute || dispute.state !== "OPEN" || dispute.resolutionTime !== null) return;
    dispute.state = "CANCELLED";
    dispute.cancelledTime = at;
    this.cancelTimers(disputeId);
    this.send(dispute, "DISPUTE_CANCELLED");
  }

  private judge(disputeId: string, verdict: JudgedResult, at: Date): void {
    const dispute = this.byId.get(disputeId);
    if (!dispute || dispute.state === "JUDGED" || dispute.state === "CANCELLED") return;
    dispute.state = "JUDGED";
    dispute.judgedResult = verdict;
    dispute.judgedTime = at;
    this.cancelTimers(disputeId);
    this.send(dispute, "DISPUTE_JUDGED");
  }

  /** Why an answer is refused: the dispute is already answered or closed, or its defence is overdue. */
  private refusal(dispute: Dispute, at: Date): Json | null {
    if (dispute.state === "DEFENSE_SUPPLIED" || dispute.resolutionTime !== null)
      return errorBody(result("REPEAT_REQUEST", "F", "The dispute is already answered."));
    if (dispute.state !== "OPEN" || at.getTime() > dispute.defenseDueTime.getTime())
      return errorBody(result("TIME_EXCEEDS_LIMIT", "F", "The defence period has ended."));
    return null;
  }

  private answer(dispute: Dispute): Json {
    return {
      result: result("SUCCESS"),
      disputeId: dispute.disputeId,
      disputeResolutionTime: antomTime(dispute.resolutionTime ?? new Date()),
    };
  }

  private send(dispute: Dispute, type: string): void {
    this.deps.notify(dispute.payment, this.body(dispute, type));
  }

  /**
   * Runs a step at its simulated time, scaled from now; a step already past (a back-filled dispute) runs at once, or
   * PAST_STEP_GAP_MS after the one queued before it, so its notifications arrive in order.
   */
  private at(key: string, when: Date, step: () => void): void {
    const wait = when.getTime() - Date.now();
    if (wait > 0) return this.after(key, wait, step);
    const queue = this.backlog.get(key);
    if (!queue) {
      this.backlog.set(key, []);
      step();
    } else if (queue.push(step) === 1) this.nextPastStep(key, queue);
  }

  private nextPastStep(key: string, queue: Array<() => void>): void {
    this.after(key, PAST_STEP_GAP_MS, () => {
      queue.shift()?.();
      // A step that closes the dispute (judged, withdrawn) cancels what was queued behind it.
      if (this.backlog.get(key) === queue && queue.length > 0) this.nextPastStep(key, queue);
    });
  }

  private after(key: string, simulatedMs: number, step: () => void): void {
    const handle = this.timers.after(simulatedMs * this.deps.timeScale, step);
    if (handle) this.pending.set(key, [...(this.pending.get(key) ?? []), handle]);
  }

  private cancelTimers(key: string): void {
    for (const handle of this.pending.get(key) ?? []) this.timers.clear(handle);
    this.pending.delete(key);
    this.backlog.delete(key);
  }
}
