// Test support: what each provider folder's test-forge.ts makes (see test-webhook-forge.ts).
import type { ProviderAccount } from "./connector.ts";

/** An account as the server's accounts file configures it. */
export interface ForgedAccount {
  account: ProviderAccount;
  credentials: unknown;
  demo: boolean;
}

export interface ForgedWebhook {
  provider: string;
  path: string;
  headers: Record<string, string>;
  body: string;
  /** The transaction it is about, and the status it says. */
  uid: string;
  status: string;
}

/** An account forged for a test run: `<prefix>-<provider>`, its API never reached. */
export function forgedAccount(prefix: string, provider: string, name: string, credentials: unknown): ForgedAccount {
  return {
    account: { id: `${prefix}-${provider}`, provider, name: `${name} (forged)`, baseUrl: "http://127.0.0.1:9" },
    credentials,
    demo: false,
  };
}
