// Payments and authorizations: card resolution, outcome (forced code, test card, Luhn, expiry, simulated issuer),
// the 3-DS incomplete -> final path with its expiry, and the webhook for every state.
import { createHash } from "node:crypto";
import { luhnValid } from "@paylens/domain/card";
import { lookupBin, testCard, type TestCard, type ThreeDsResult } from "../cards.ts";
import { lognormalMedian, randomHex, randomUuid, type Rng } from "../random.ts";
import { Timers } from "../timing.ts";
import { THREE_DS_FAILURE } from "./codes.ts";
import type { ShopCredentials, WebhookNotifier, WebhookStage } from "./notifier.ts";
import { approve, avsResult, cvcResult, decline, markIncomplete, undecided } from "./outcome.ts";
import { askIssuer, planPayment, type Plan } from "./plan.ts";
import { renderTransaction, type ApiVersion } from "./responses.ts";
import type { BegatewayStore, CardSnapshot, Transaction } from "./store.ts";
import { fieldError, type CardRequest, type ValidationError } from "./validate.ts";

export type EngineResult = { ok: true; tx: Transaction } | { ok: false; status: number; error: ValidationError };

export interface EngineDeps {
  store: BegatewayStore;
  notifier: WebhookNotifier;
  shops: ReadonlyMap<string, ShopCredentials>;
  /** Shops that send every cardholder-initiated card payment through 3-D Secure. */
  threeDsShops: ReadonlySet<string>;
  /** Draws outcomes (issuer decisions). */
  outcomeRng: Rng;
  /** Draws identifiers and bank references, so they never shift outcomes. */
  idRng: Rng;
  baseUrl: () => string;
  expireAfterMs: number;
  /** Told of every payment or capture that succeeds: the issuer may dispute it later. */
  chargebacks: { consider(tx: Transaction): void };
}

export class BegatewayEngine {
  private readonly timers = new Timers();
  private readonly expiries = new Map<string, NodeJS.Timeout | null>();

  constructor(readonly deps: EngineDeps) {}

  pay(
    shopId: string,
    type: "payment" | "authorization",
    req: CardRequest,
    version: ApiVersion,
    at: Date,
    backdated = false,
  ): EngineResult {
    const { store, idRng } = this.deps;
    let card: CardSnapshot;
    let test: TestCard | null;
    let luhn = true;
    if (req.card.number) {
      const number = req.card.number;
      const bin = lookupBin(number);
      card = {
        bin: number.slice(0, 6),
        last4: number.slice(-4),
        first1: number.slice(0, 1),
        brand: bin.brand,
        issuerCountry: bin.country,
        issuerName: bin.issuer,
        product: bin.productLabel ?? bin.product,
        expMonth: req.card.expMonth,
        expYear: req.card.expYear,
        holder: req.card.holder,
        token: randomUuid(idRng),
        stamp: createHash("sha256").update(number).digest("hex"),
      };
      test = testCard(number);
      luhn = luhnValid(number);
    } else {
      const saved = req.card.token ? store.token(req.card.token, shopId) : null;
      if (!saved) return { ok: false, status: 422, error: fieldError(["credit_card", "token"], "does not exist") };
      card = {
        ...saved.card,
        expMonth: req.card.expMonth ?? saved.card.expMonth,
        expYear: req.card.expYear ?? saved.card.expYear,
      };
      test = saved.testCard;
    }

    const plan = planPayment({
      req,
      card,
      test,
      luhn,
      at,
      threeDsShop: this.deps.threeDsShops.has(shopId),
      rng: this.deps.outcomeRng,
    });
    if ("error" in plan) return { ok: false, status: 422, error: plan.error };

    const contract = req.contract ?? [];
    const tx: Transaction = {
      uid: store.newUid(),
      shopId,
      type,
      ...undecided(at, idRng),
      amount: req.amount,
      currency: req.currency,
      description: req.description,
      trackingId: req.trackingId,
      test: req.test,
      language: req.language,
      parentUid: null,
      reason: null,
      recurringType: contract.includes("recurring") ? (req.card.number ? "initial" : "recurring") : null,
      card,
      customer: req.customer,
      additionalData: {
        ...(req.browser ? { browser: req.browser } : {}),
        ...(req.contract ? { contract: req.contract } : {}),
      },
      avs: avsResult(req.customer),
      cvc: cvcResult(req.card.cvc),
      notificationUrl: req.notificationUrl,
      returnUrl: req.returnUrl,
      backdated,
      apiVersion: version,
    };

    const duplicateKey = [shopId, type, card.stamp, req.amount, req.trackingId ?? ""].join("|");
    const duplicate = req.duplicateCheck && store.isDuplicate(duplicateKey, at.getTime());
    store.remember(duplicateKey, at.getTime());
    if (duplicate) {
      decline(tx, "F.0108", at, idRng, { bankCode: null, v2Message: "Duplicate transaction" });
    } else if (plan.kind === "approve") {
      approve(tx, at, idRng);
    } else if (plan.kind === "decline") {
      decline(tx, plan.code, at, idRng, plan.bankCode === undefined ? {} : { bankCode: plan.bankCode });
    } else {
      markIncomplete(tx, `${this.deps.baseUrl()}/process/${tx.uid}`);
      tx.threeDs = {
        status: "incomplete",
        message: "Authentication Available",
        expected: plan.expected,
        flow: plan.flow,
        after: plan.after,
        paStatus: null,
        eci: null,
        xid: null,
        cavv: null,
        failReason: null,
      };
    }
    store.add(tx);
    store.saveToken({ shopId, card, testCard: test });
    if (tx.status === "incomplete") {
      this.expiries.set(
        tx.uid,
        this.timers.after(this.deps.expireAfterMs, () => this.expire(tx.uid)),
      );
      this.notify(tx, "initial");
    } else {
      this.notify(tx, "single");
      this.deps.chargebacks.consider(tx);
    }
    return { ok: true, tx };
  }

  /** Shopper's answer on the ACS page (or the test API): Y/A succeed, N/R/U fail; default = the card's documented result. */
  completeChallenge(uid: string, result: ThreeDsResult | null, at: Date | null): EngineResult {
    const tx = this.deps.store.get(uid);
    if (!tx) return { ok: false, status: 404, error: { code: "E.1002", message: "Record not found", errors: null } };
    if (tx.status !== "incomplete" || !tx.threeDs) {
      return {
        ok: false,
        status: 422,
        error: {
          code: "E.1025",
          message: "Transaction is already processed.",
          errors: { base: ["Transaction is already processed."] },
        },
      };
    }
    const answer = result ?? tx.threeDs.expected;
    const { idRng } = this.deps;
    // docs/traffic.md §9 challenge duration (median 60 s) for back-filled history; otherwise the moment it happens.
    const fallback = tx.backdated ? new Date(tx.createdAt.getTime() + lognormalMedian(idRng, 60_000, 0.4)) : new Date();
    const chosen = at ?? fallback;
    const when = chosen.getTime() > tx.createdAt.getTime() ? chosen : new Date(tx.createdAt.getTime() + 1);
    const failure = THREE_DS_FAILURE[answer];
    tx.threeDs.paStatus = answer;
    if (failure) {
      const reason = { N: "Authentication Failed", R: "Authentication Rejected", U: "Authentication Unavailable" }[
        answer as "N" | "R" | "U"
      ];
      tx.threeDs = { ...tx.threeDs, status: "failed", message: reason, failReason: reason };
      decline(tx, failure, when, idRng, { bankCode: null });
    } else {
      const master = tx.card?.brand === "mastercard";
      const eci = answer === "Y" ? (master ? "02" : "05") : master ? "01" : "06";
      tx.threeDs = {
        ...tx.threeDs,
        status: "successful",
        message: answer === "Y" ? "Authentication Successful" : "Attempts Processing Performed",
        eci,
        xid: Buffer.from(randomHex(idRng, 40), "hex").toString("base64"),
        cavv: Buffer.from(randomHex(idRng, 40), "hex").toString("base64"),
      };
      const after = tx.threeDs.after;
      // Authenticated: now the issuer (or the test card's fixed outcome) decides the authorisation itself.
      let verdict: Plan = { kind: "approve" };
      if (after.kind === "issuer")
        verdict = tx.card ? askIssuer(tx.card, tx.amount, this.deps.outcomeRng, when, false) : verdict;
      else verdict = after;
      if (verdict.kind === "decline")
        decline(tx, verdict.code, when, idRng, verdict.bankCode === undefined ? {} : { bankCode: verdict.bankCode });
      else approve(tx, when, idRng);
    }
    this.settleIncomplete(tx);
    this.deps.chargebacks.consider(tx);
    return { ok: true, tx };
  }

  /** An incomplete transaction the shopper abandoned: failed F.0998 with expired_at (the connector reads that as expired). */
  expire(uid: string): void {
    const tx = this.deps.store.get(uid);
    if (!tx || tx.status !== "incomplete") return;
    const at = new Date(tx.createdAt.getTime() + this.deps.expireAfterMs);
    decline(tx, "F.0998", at, this.deps.idRng, { bankCode: null, v2Message: "Transaction expired" });
    tx.expiredAt = at;
    if (tx.threeDs) tx.threeDs = { ...tx.threeDs, status: "failed", failReason: "Authentication timed out" };
    this.settleIncomplete(tx);
  }

  notify(tx: Transaction, stage: WebhookStage): void {
    const shop = this.deps.shops.get(tx.shopId);
    if (!tx.notificationUrl || !shop) return;
    const body = JSON.stringify(
      renderTransaction(tx, tx.apiVersion, this.deps.baseUrl(), (uid) => this.deps.store.get(uid)),
    );
    this.deps.notifier.notify({ uid: tx.uid, url: tx.notificationUrl, body, shop, stage });
  }

  close(): void {
    this.timers.stopAll();
    this.expiries.clear();
  }

  private settleIncomplete(tx: Transaction): void {
    this.timers.clear(this.expiries.get(tx.uid) ?? null);
    this.expiries.delete(tx.uid);
    this.notify(tx, "final");
  }
}
