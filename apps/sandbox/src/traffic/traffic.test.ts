// The demo traffic: realistic orders, and a back-fill that goes through the real connector and sandbox.
import { luhnValid } from "@paylens/domain/card";
import type { BegatewayCredentials } from "@paylens/providers/begateway/credentials";
import { begateway } from "@paylens/providers/begateway/index";
import type { CallContext, ProviderCall, TransactionRef } from "@paylens/providers/connector";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BegatewaySandbox } from "../begateway/index.ts";
import { SHOP, startTestSandbox } from "../begateway/test-support.ts";
import { BIN_CATALOGUE } from "../cards.ts";
import { createRng } from "../random.ts";
import { backfill } from "./backfill.ts";
import type { MerchantAccount } from "./merchant.ts";
import { buildOrder } from "./orders.ts";
import { buildWalletOrder } from "./wallet-orders.ts";

describe("orders", () => {
  it("carry Luhn-valid numbers from the BIN catalogue and positive minor-unit amounts", () => {
    const rng = createRng(7);
    for (let i = 0; i < 300; i++) {
      const { input, issuer } = buildOrder(rng, i, null, "http://x");
      expect(luhnValid(input.card?.number ?? "")).toBe(true);
      expect(BIN_CATALOGUE).toContain(issuer);
      expect(input.amountMinor > 0n).toBe(true);
      expect(input.currency).toMatch(/^[A-Z]{3}$/);
      expect(input.customer.email).toMatch(/^[a-z0-9.]+@example\.com$/);
    }
  });

  it("only pay a wallet in a currency its vendor accepts", () => {
    const accepted: Record<string, string[]> = {
      alipay: ["USD", "CNY", "GBP"],
      wechatpay: ["USD", "CNY"],
      unionpay: ["USD", "CNY"],
      paypal: ["USD"],
      venmo: ["USD"],
      creditcard: ["USD"],
    };
    const rng = createRng(11);
    const vendors = new Set<string>();
    for (let i = 0; i < 500; i++) {
      const { input } = buildWalletOrder(rng, i, null, "http://x");
      const vendor = input.wallet?.vendor ?? "";
      vendors.add(vendor);
      expect(accepted[vendor]).toContain(input.currency);
    }
    expect([...vendors].sort()).toEqual(Object.keys(accepted).sort());
  });
});

describe("back-fill against the beGateway sandbox", () => {
  let sandbox: BegatewaySandbox;
  const calls: ProviderCall[] = [];
  beforeAll(async () => {
    sandbox = await startTestSandbox({ allowTimeTravel: true });
  });
  afterAll(() => sandbox.close());

  it("creates dated history through the connector, every transaction queryable afterwards", async () => {
    const context = (sandboxTime?: Date): CallContext<BegatewayCredentials> => ({
      account: { id: "demo", provider: "begateway", name: "Demo", baseUrl: sandbox.url },
      credentials: SHOP,
      recordCall: async (call) => void calls.push(call),
      ...(sandboxTime ? { sandboxTime } : {}),
    });
    const account: MerchantAccount = {
      accountId: "demo",
      methods: "card",
      weight: 1,
      connector: begateway,
      context,
      notificationUrl: "http://127.0.0.1:9/unused",
      threeDs: false,
    };
    const created: { ref: TransactionRef; at: Date }[] = [];
    const result = await backfill({
      accounts: [account],
      count: 40,
      days: 30,
      seed: 3,
      onCreated: async (_id, ref, at) => void created.push({ ref, at }),
    });

    expect(result.failed).toBe(0);
    expect(result.created).toBeGreaterThanOrEqual(40);
    const statuses = new Set<string>();
    for (const { ref, at } of created) {
      const queried = await begateway.query(context(), ref);
      expect(queried.state).toBe("ok");
      expect(queried.snapshot?.type).toBe(ref.type);
      statuses.add(queried.snapshot?.status ?? "");
      expect(Math.abs((queried.snapshot?.createdAt?.getTime() ?? 0) - at.getTime())).toBeLessThan(5 * 60_000);
      expect(at.getTime()).toBeGreaterThan(Date.now() - 31 * 86_400_000);
    }
    expect(statuses).toContain("successful");
    expect(calls.every((call) => call.accountId === "demo")).toBe(true);
  });
});
