// Each emulator's report through the real connector: the day's transactions with fees and simulated settlement, and
// injected discrepancies (one line dropped, one misstated, one invented) that stay the same however the period is cut.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CallContext, PayInput, ReportRow } from "@paylens/providers/connector";
import { antom } from "@paylens/providers/antom/index";
import { begateway } from "@paylens/providers/begateway/index";
import { pockyt } from "@paylens/providers/pockyt/index";
import { CLIENT_ID, keys as antomKeys, startTestSandbox as startAntom } from "./antom/test-support.ts";
import { SHOP, keys as begatewayKeys, startTestSandbox as startBegateway } from "./begateway/test-support.ts";
import { MERCHANT, startTestSandbox as startPockyt } from "./pockyt/test-support.ts";
import type { RunningSandbox } from "./http-server.ts";
import { closeAll } from "./test-support.ts";

// Three days ago at noon UTC: settled (next day 06:00) by now.
const DAY = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate() - 3, 12));
const PERIOD = { from: new Date(DAY.getTime() - 12 * 3_600_000), to: new Date(DAY.getTime() + 12 * 3_600_000) };

let counter = 0;
const card = (currency: string, amountMinor: bigint): PayInput => ({
  amountMinor,
  currency,
  description: "Order",
  trackingId: `rep-${Date.now()}-${++counter}`,
  card: { number: "4054695723100768", cvc: "123", holder: "ANNA KOWALSKI", expMonth: 7, expYear: 2030 },
  customer: { email: "anna@example.com", ip: "198.51.100.7", country: "PL", firstName: "Anna", lastName: "Kowalski" },
  billingAddress: { address: "1 Market Street", zip: "00-001", city: "Warsaw", country: "PL" },
  notificationUrl: null,
  returnUrl: "http://127.0.0.1/return",
  test: true,
});

const key = (r: ReportRow) => `${r.type} ${r.providerUid} ${r.amountMinor}`;

interface Case {
  name: string;
  start(): Promise<RunningSandbox<unknown> & { shopperPays?(uid: string, how: "paid" | "failed"): Promise<void> }>;
  ctx(baseUrl: string, at?: Date): CallContext<never>;
  connector: typeof begateway | typeof antom | typeof pockyt;
  pay(
    ctx: CallContext<never>,
    sandbox: { shopperPays?(uid: string, how: "paid" | "failed"): Promise<void> },
  ): Promise<string>;
}

const account = (provider: "begateway" | "antom" | "pockyt", baseUrl: string) => ({
  id: `${provider}-r`,
  provider,
  name: provider,
  baseUrl,
});
const record = async () => undefined;

const CASES: Case[] = [
  {
    name: "beGateway reports API",
    start: () => startBegateway({ allowTimeTravel: true }),
    ctx: (baseUrl, at) => ({
      account: account("begateway", baseUrl),
      credentials: { ...SHOP, webhookPublicKey: begatewayKeys.publicKeyBase64Der } as never,
      recordCall: record,
      timeoutMs: 5000,
      ...(at ? { sandboxTime: at } : {}),
    }),
    connector: begateway,
    pay: async (ctx) =>
      (
        await begateway.pay(ctx as never, {
          ...card("EUR", 0n),
          card: { number: "4200000000000000", cvc: "123", holder: "ANNA", expMonth: 7, expYear: 2030 },
          amountMinor: BigInt(1000 + counter * 7),
        })
      ).snapshot?.providerUid ?? "",
  },
  {
    name: "Antom settlement file",
    start: () => startAntom({ allowTimeTravel: true }),
    ctx: (baseUrl, at) => ({
      account: account("antom", baseUrl),
      credentials: {
        clientId: CLIENT_ID,
        merchantPrivateKey: antomKeys.merchant.privateKeyBase64,
        antomPublicKey: antomKeys.antom.publicKeyBase64,
      } as never,
      recordCall: record,
      timeoutMs: 5000,
      ...(at ? { sandboxTime: at } : {}),
    }),
    connector: antom,
    pay: async (ctx) =>
      (await antom.pay(ctx as never, card("USD", BigInt(2000 + counter * 11)))).snapshot?.providerUid ?? "",
  },
  {
    name: "Pockyt trans-list + settle-list",
    start: () => startPockyt({ allowTimeTravel: true }),
    ctx: (baseUrl, at) => ({
      account: account("pockyt", baseUrl),
      credentials: MERCHANT as never,
      recordCall: record,
      timeoutMs: 5000,
      ...(at ? { sandboxTime: at } : {}),
    }),
    connector: pockyt,
    pay: async (ctx, sandbox) => {
      const paid = await pockyt.pay(
        ctx as never,
        {
          ...card("USD", BigInt(3000 + counter * 13)),
          card: undefined,
          wallet: { vendor: "paypal", terminal: "WAP" },
        } as PayInput,
      );
      const uid = paid.snapshot?.providerUid ?? "";
      await sandbox.shopperPays?.(uid, "paid");
      return uid;
    },
  },
];

describe.each(CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
  let sandbox: Awaited<ReturnType<Case["start"]>>;
  const uids: string[] = [];
  let refundUid = "";

  beforeAll(async () => {
    sandbox = await c.start();
    for (let i = 0; i < 5; i++) {
      const at = new Date(DAY.getTime() + i * 60_000);
      uids.push(await c.pay(c.ctx(sandbox.url, at), sandbox));
    }
    const refund = await c.connector.refund(c.ctx(sandbox.url, new Date(DAY.getTime() + 3_600_000)) as never, {
      parentUid: uids[0] ?? "",
      amountMinor: 500n,
      currency: c.name.startsWith("beGateway") ? "EUR" : "USD",
      idempotencyKey: `rf-${uids[0]}`,
    });
    refundUid = refund.snapshot?.providerUid ?? "";
  });
  afterAll(() => closeAll(sandbox));

  it("lists the period's payments and the refund, with fees and settlement", async () => {
    expect(uids.every((u) => u.length > 0)).toBe(true);
    expect(refundUid.length).toBeGreaterThan(0);
    const report = await c.connector.settlementReport(c.ctx(sandbox.url) as never, PERIOD);
    expect(report.error).toBeNull();
    expect(report.state).toBe("ok");
    const money = report.rows.filter((r) => r.status === "successful" && (r.type === "payment" || r.type === "refund"));
    expect(money.map((r) => r.providerUid).sort()).toEqual([...uids, refundUid].sort());
    const sale = money.find((r) => r.providerUid === uids[1]);
    expect(sale?.feeMinor).toBe(((sale?.amountMinor ?? 0n) * 15n + 500n) / 1000n);
    expect(sale?.settledAt?.toISOString()).toBe(
      new Date(Date.UTC(DAY.getUTCFullYear(), DAY.getUTCMonth(), DAY.getUTCDate() + 1, 6)).toISOString(),
    );
    expect(money.find((r) => r.providerUid === refundUid)).toMatchObject({
      type: "refund",
      amountMinor: 500n,
      parentProviderUid: uids[0],
    });
    // Nothing outside the period.
    expect(
      (
        await c.connector.settlementReport(c.ctx(sandbox.url) as never, {
          from: PERIOD.to,
          to: new Date(PERIOD.to.getTime() + 3_600_000),
        })
      ).rows,
    ).toEqual([]);
  });

  it("injects exactly one missing, one misstated and one invented line, the same in halves as in one", async () => {
    const clean = await c.connector.settlementReport(c.ctx(sandbox.url) as never, PERIOD);
    sandbox.setReportFaults({ missing: 1, amountOff: 1, extra: 1 });
    const faulty = await c.connector.settlementReport(c.ctx(sandbox.url) as never, PERIOD);
    const mid = new Date(DAY.getTime() + 2 * 60_000 + 30_000);
    const halves = [
      ...(await c.connector.settlementReport(c.ctx(sandbox.url) as never, { from: PERIOD.from, to: mid })).rows,
      ...(await c.connector.settlementReport(c.ctx(sandbox.url) as never, { from: mid, to: PERIOD.to })).rows,
    ];
    sandbox.setReportFaults({ missing: 0, amountOff: 0, extra: 0 });
    const before = new Set(clean.rows.map(key));
    const after = new Set(faulty.rows.map(key));
    const gone = [...before].filter((k) => !after.has(k));
    const added = [...after].filter((k) => !before.has(k));
    const uidOf = (k: string) => k.split(" ")[1] ?? "";
    // Dropped and misstated lines disappear as they were; the misstated one and the invented one appear.
    expect(gone).toHaveLength(2);
    expect(added).toHaveLength(2);
    const misstated = added.filter((k) => gone.some((g) => uidOf(g) === uidOf(k)));
    expect(misstated).toHaveLength(1);
    const was = gone.find((g) => uidOf(g) === uidOf(misstated[0] ?? ""));
    expect(BigInt(misstated[0]?.split(" ")[2] ?? "0") - BigInt(was?.split(" ")[2] ?? "0")).toBe(100n);
    expect(faulty.rows).toHaveLength(clean.rows.length);
    expect(new Set(halves.map(key))).toEqual(after);
  });
});
