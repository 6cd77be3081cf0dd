// Antom demo: two merchant clients, one without and one with risk-based 3-D Secure, cards only.
import { startAntomSandbox } from "@paylens/sandbox/antom/index";
import { generateAntomKeys } from "@paylens/sandbox/antom/keys";
import type { ConfiguredAccount } from "../accounts.ts";
import { demoMerchants, type DemoOptions, type DemoProvider, webhookUrl } from "./demo-provider.ts";

// A SANDBOX_ client id marks test traffic, as Antom's own sandbox ids do.
const CLIENTS = [
  {
    id: "antom-global",
    clientId: "SANDBOX_5Y00000000000001",
    threeDs: false,
    name: "Antom demo client (no 3-D Secure)",
  },
  { id: "antom-3ds", clientId: "SANDBOX_5Y00000000000002", threeDs: true, name: "Antom demo client (3-D Secure)" },
];

export async function startAntomDemo(options: DemoOptions): Promise<DemoProvider> {
  const keys = await generateAntomKeys();
  const sandbox = await startAntomSandbox({
    port: options.port,
    clients: CLIENTS.map((client) => ({
      clientId: client.clientId,
      merchantPublicKeyPem: keys.merchant.publicKeyPem,
      threeDs: client.threeDs,
    })),
    antomPrivateKeyPem: keys.antom.privateKeyPem,
    timeScale: 1 / options.timeScale,
    latencyScale: options.latencyScale ?? 1,
    lagScale: 1,
    // Same compression as beGateway: an abandoned challenge expires within a demo's first minutes.
    expireAfterMs: 3 * 60_000,
    allowTimeTravel: true,
  });
  const accounts: ConfiguredAccount[] = CLIENTS.map((client) => ({
    account: { id: client.id, provider: "antom", name: client.name, baseUrl: sandbox.url },
    credentials: {
      clientId: client.clientId,
      merchantPrivateKey: keys.merchant.privateKeyBase64,
      antomPublicKey: keys.antom.publicKeyBase64,
    },
    demo: true,
  }));
  return {
    name: "Antom",
    url: sandbox.url,
    accounts,
    merchants: (publicUrl, record) => {
      // Disputes come long after the checkout, for payments made before this start too (the back-fill carries no
      // notification URL): the sandbox sends them to the address each account set in its back office.
      CLIENTS.forEach((entry, i) => {
        const configured = accounts[i];
        if (configured) sandbox.setNotificationAddress(entry.clientId, webhookUrl(publicUrl, configured));
      });
      return demoMerchants(accounts, publicUrl, record, {
        methods: "card",
        threeDs: (index) => CLIENTS[index]?.threeDs ?? false,
        customerActs: (paymentId, passed) => sandbox.completeChallenge(paymentId, passed),
      });
    },
    sandbox,
    close: () => sandbox.close(),
  };
}
