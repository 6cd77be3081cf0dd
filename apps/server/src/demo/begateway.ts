// beGateway demo: the sandbox with the two public demo shops, 361 without 3-D Secure and 362 with it.
import { startBegatewaySandbox } from "@paylens/sandbox/begateway/index";
import { generateShopKeys } from "@paylens/sandbox/begateway/keys";
import type { ConfiguredAccount } from "../accounts.ts";
import { demoMerchants, type DemoOptions, type DemoProvider, webhookUrl } from "./demo-provider.ts";

const SHOPS = [
  { id: "begateway-361", shopId: "361", threeDs: false, name: "beGateway demo shop 361" },
  { id: "begateway-362", shopId: "362", threeDs: true, name: "beGateway demo shop 362 (3-D Secure)" },
];

export async function startBegatewayDemo(options: DemoOptions): Promise<DemoProvider> {
  const shops = await Promise.all(
    SHOPS.map(async (shop) => ({ ...shop, secretKey: `demo-secret-${shop.shopId}`, keys: await generateShopKeys() })),
  );
  const sandbox = await startBegatewaySandbox({
    port: options.port,
    shops: shops.map((shop) => ({
      shopId: shop.shopId,
      secretKey: shop.secretKey,
      privateKeyPem: shop.keys.privateKeyPem,
      threeDs: shop.threeDs,
    })),
    timeScale: 1 / options.timeScale,
    latencyScale: options.latencyScale ?? 1,
    lagScale: 1,
    // An abandoned 3-D Secure challenge expires after 10 minutes in life; here sooner, so a demo shows it.
    expireAfterMs: 3 * 60_000,
    allowTimeTravel: true,
  });
  const accounts: ConfiguredAccount[] = shops.map((shop) => ({
    account: { id: shop.id, provider: "begateway", name: shop.name, baseUrl: sandbox.url },
    credentials: { shopId: shop.shopId, secretKey: shop.secretKey, webhookPublicKey: shop.keys.publicKeyBase64Der },
    demo: true,
  }));
  return {
    name: "beGateway",
    url: sandbox.url,
    accounts,
    merchants: (publicUrl, record) => {
      // Disputes come long after the checkout, for payments made before this start too (the back-fill carries no
      // notification URL): the sandbox sends them to the address each account set in its back office.
      shops.forEach((entry, i) => {
        const configured = accounts[i];
        if (configured) sandbox.setNotificationAddress(entry.shopId, webhookUrl(publicUrl, configured));
      });
      return demoMerchants(accounts, publicUrl, record, {
        methods: "card",
        threeDs: (index) => SHOPS[index]?.threeDs ?? false,
        customerActs: (uid, passed) => sandbox.completeChallenge(uid, passed ? "Y" : "N"),
      });
    },
    sandbox,
    close: () => sandbox.close(),
  };
}
