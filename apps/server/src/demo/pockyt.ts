// Pockyt demo: one merchant store taking wallets (Alipay, WeChat Pay, PayPal, Venmo, UnionPay) and cards.
import { startPockytSandbox } from "@paylens/sandbox/pockyt/index";
import type { ConfiguredAccount } from "../accounts.ts";
import { demoMerchants, type DemoOptions, type DemoProvider } from "./demo-provider.ts";

const MERCHANT = { merchantNo: "200043", storeNo: "300014", apiToken: "demo-pockyt-api-token-5cf1b0" };

export async function startPockytDemo(options: DemoOptions): Promise<DemoProvider> {
  const sandbox = await startPockytSandbox({
    port: options.port,
    merchants: [MERCHANT],
    timeScale: 1 / options.timeScale,
    latencyScale: options.latencyScale ?? 1,
    lagScale: 1,
    // Pockyt closes an unpaid session after 120 minutes: compressed like the IPN resends.
    expireAfterMs: (120 * 60_000) / options.timeScale,
    allowTimeTravel: true,
  });
  const configured: ConfiguredAccount = {
    account: { id: "pockyt-demo", provider: "pockyt", name: "Pockyt demo store 300014", baseUrl: sandbox.url },
    credentials: MERCHANT,
    demo: true,
  };
  return {
    name: "Pockyt",
    url: sandbox.url,
    accounts: [configured],
    merchants: (publicUrl, record) =>
      demoMerchants([configured], publicUrl, record, {
        methods: "wallet",
        threeDs: () => false,
        customerActs: (transactionNo, passed) => sandbox.shopperPays(transactionNo, passed ? "paid" : "failed"),
      }),
    sandbox,
    close: () => sandbox.close(),
  };
}
