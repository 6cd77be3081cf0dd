// Captures, voids and refunds: parent rules, remaining amounts, the 30 s parent+amount duplicate filter
// (docs/providers/begateway.md §2.2).
import type { EngineResult, BegatewayEngine } from "./engine.ts";
import { approve, decline, undecided } from "./outcome.ts";
import type { ApiVersion } from "./responses.ts";
import type { Transaction } from "./store.ts";
import { baseError, fieldError, type ChildRequest } from "./validate.ts";

export type ChildType = "capture" | "void" | "refund";

function refusal(message: string): EngineResult {
  return { ok: false, status: 422, error: baseError(message) };
}

/** What the parent still allows for this child type, or why it allows nothing. */
function remaining(parent: Transaction, type: ChildType): number | string {
  if (type === "refund") {
    const refundable = (parent.type === "payment" || parent.type === "capture") && parent.status === "successful";
    return refundable ? parent.amount - parent.refunded : "transaction can't be refunded";
  }
  const open = parent.type === "authorization" && parent.status === "successful" && !parent.voided;
  if (type === "capture") return open ? parent.amount - parent.captured : "transaction can't be captured";
  return open && parent.captured === 0 ? parent.amount : "transaction can't be voided";
}

export function createChild(
  engine: BegatewayEngine,
  shopId: string,
  type: ChildType,
  req: ChildRequest,
  version: ApiVersion,
  at: Date,
): EngineResult {
  const { store, idRng } = engine.deps;
  const parent = store.get(req.parentUid, shopId);
  if (!parent) return { ok: false, status: 422, error: fieldError(["parent_uid"], "is invalid") };
  if (req.currency && req.currency !== parent.currency) {
    return {
      ok: false,
      status: 422,
      error: fieldError(["currency"], `must be equal to the parent transaction currency ${parent.currency}`),
    };
  }

  const tx: Transaction = {
    ...parent,
    uid: store.newUid(),
    type,
    ...undecided(at, idRng),
    amount: req.amount,
    parentUid: parent.uid,
    reason: type === "refund" ? req.reason : null,
    recurringType: null,
    avs: null,
    cvc: null,
    notificationUrl: req.notificationUrl ?? parent.notificationUrl,
    backdated: parent.backdated,
    apiVersion: version,
  };

  const duplicateKey = [shopId, type, parent.uid, req.amount].join("|");
  if (req.duplicateCheck && store.isDuplicate(duplicateKey, at.getTime())) {
    decline(tx, "F.0108", at, idRng, { bankCode: null, v2Message: "Duplicate transaction" });
  } else {
    const left = remaining(parent, type);
    if (typeof left === "string") return refusal(left);
    if (req.amount > left) {
      return { ok: false, status: 422, error: fieldError(["amount"], `can't be greater than ${left}`) };
    }
    approve(tx, at, idRng, type === "capture" ? parent.bank.authCode : null);
    store.remember(duplicateKey, at.getTime());
    if (type === "capture") parent.captured += req.amount;
    if (type === "void") parent.voided = true;
    if (type === "refund") parent.refunded += req.amount;
  }
  store.add(tx);
  engine.notify(tx, "single");
  engine.deps.chargebacks.consider(tx);
  return { ok: true, tx };
}
