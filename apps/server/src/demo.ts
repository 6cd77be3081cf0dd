// Demo mode (no accounts file): local provider sandboxes, one account per demo shop, and merchant traffic.
import type { FastifyBaseLogger } from "fastify";
import { startBegatewaySandbox, type BegatewaySandbox } from "@paylens/sandbox/begateway/index";
import { generateShopKeys } from "@paylens/sandbox/begateway/keys";
import { backfill } from "@paylens/sandbox/traffic/backfill";
import { startTraffic } from "@paylens/sandbox/traffic/generator";
import type { MerchantAccount } from "@paylens/sandbox/traffic/merchant";
import { begateway } from "@paylens/providers/begateway/index";
import type { ConfiguredAccount } from "./accounts.ts";
import type { CallRecorder } from "./provider-context.ts";
import { callContext } from "./provider-context.ts";

export interface DemoOptions {
  /** The first of the sandboxes' ports (beGateway takes the next one); 0 picks free ports. */
  sandboxPort: number;
  timeScale: number;
  log: FastifyBaseLogger;
}

export interface DemoSandboxes {
  accounts: ConfiguredAccount[];
  begateway: BegatewaySandbox;
  close(): Promise<void>;
}

// beGateway's public demo shops: 361 without 3-D Secure, 362 with it.
const SHOPS = [
  { id: "begateway-361", shopId: "361", threeDs: false, name: "beGateway demo shop 361" },
  { id: "begateway-362", shopId: "362", threeDs: true, name: "beGateway demo shop 362 (3-D Secure)" },
];

export async function startDemoSandboxes(options: DemoOptions): Promise<DemoSandboxes> {
  const shops = SHOPS.map((shop) => ({ ...shop, secretKey: `demo-secret-${shop.shopId}`, keys: generateShopKeys() }));
  const sandbox = await startBegatewaySandbox({
    port: options.sandboxPort === 0 ? 0 : options.sandboxPort + 1,
    shops: shops.map((shop) => ({ shopId: shop.shopId, secretKey: shop.secretKey, privateKeyPem: shop.keys.privateKeyPem, threeDs: shop.threeDs })),
    timeScale: 1 / options.timeScale,
    latencyScale: 1,
    lagScale: 1,
    expireAfterMs: 10 * 60_000,
    allowTimeTravel: true,
  });
  options.log.info({ url: sandbox.url }, "beGateway sandbox started");
  const accounts: ConfiguredAccount[] = shops.map((shop) => ({
    account: { id: shop.id, provider: "begateway", name: shop.name, baseUrl: sandbox.url },
    credentials: { shopId: shop.shopId, secretKey: shop.secretKey, webhookPublicKey: shop.keys.publicKeyBase64Der },
    demo: true,
  }));
  return { accounts, begateway: sandbox, close: () => sandbox.close() };
}

export function merchantAccounts(demo: DemoSandboxes, publicUrl: string, record: CallRecorder): MerchantAccount[] {
  return demo.accounts.map((configured, index) => ({
    accountId: configured.account.id,
    methods: "card",
    weight: 1,
    connector: begateway as MerchantAccount["connector"],
    context: (sandboxTime) => callContext(configured, record, sandboxTime ? { sandboxTime } : {}),
    notificationUrl: `${publicUrl}/webhooks/begateway/${configured.account.id}`,
    threeDs: SHOPS[index]?.threeDs ?? false,
    customerActs: (uid, passed) => demo.begateway.completeChallenge(uid, passed ? "Y" : "N"),
  }));
}

export { backfill, startTraffic };
