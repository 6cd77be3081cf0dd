import { createPrivateKey } from "node:crypto";
import { containsPan } from "@paylens/domain/card";
import { afterAll, describe, expect, it } from "vitest";
import { createRng } from "../random.ts";
import { AntomEngine } from "./engine.ts";
import { AntomNotifier } from "./notifier.ts";
import { AntomStore } from "./store.ts";
import { keys, payBody } from "./test-support.ts";
import { parsePay } from "./validate.ts";

const store = new AntomStore(createRng(1));
const notifier = new AntomNotifier({
  rng: createRng(2),
  antomKey: createPrivateKey(keys.antom.privateKeyPem),
  lagScale: 0,
  timeScale: 0,
  duplicateRate: 0,
});
const engine = new AntomEngine({
  store,
  notifier,
  clients: new Map(),
  outcomeRng: createRng(3),
  idRng: createRng(4),
  baseUrl: () => "http://sandbox.test",
  expireAfterMs: 60_000,
  disputes: { consider: () => undefined },
});

afterAll(async () => {
  engine.close();
  await notifier.close();
});

describe("Antom sandbox engine", () => {
  it.each([
    ["an approval", "4054695723100768", {}],
    ["a decline", "4054692760174822", {}],
    ["a 3-D Secure payment waiting for the shopper", "5162774114974622", { is3DSAuthentication: true }],
  ])("never keeps the full card number or the CVV of %s", (_what, cardNo, meta) => {
    const parsed = parsePay(payBody(cardNo, {}, { cvv: "737", ...meta }));
    if (!parsed.ok) throw new Error(parsed.error.resultMessage);
    const answer = engine.pay("SANDBOX_1", parsed.value, new Date(), false);
    const payment = store.payment(String(answer.paymentId));
    const kept = JSON.stringify(payment, (_key, value: unknown) =>
      typeof value === "bigint" ? value.toString() : value,
    );
    expect(payment?.card.last4).toBe(cardNo.slice(-4));
    expect(kept).not.toContain(cardNo);
    expect(kept).not.toContain('"737"');
    expect(containsPan(kept)).toBe(false);
  });
});
