// Provider accounts: from the JSON file named by PAYLENS_ACCOUNTS_FILE. Credentials stay in this process.
import { readFileSync } from "node:fs";
import { z } from "zod";
import type { ProviderAccount } from "@paylens/providers/connector";
import { isProviderId } from "@paylens/providers/catalog";
import { connectorFor } from "@paylens/providers/connectors";

export interface ConfiguredAccount {
  account: ProviderAccount;
  credentials: unknown;
  demo: boolean;
}

const accountEntry = z.object({
  id: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, "letters, digits, . _ - (at most 64)"),
  provider: z.string().refine(isProviderId, "not a registered provider"),
  name: z.string().min(1),
  baseUrl: z.string().url(),
  credentials: z.record(z.string(), z.unknown()),
});

export function parseAccounts(json: unknown): ConfiguredAccount[] {
  const entries = z.array(accountEntry).parse(json);
  const seen = new Set<string>();
  return entries.map((entry) => {
    if (seen.has(entry.id)) throw new Error(`account id "${entry.id}" appears twice`);
    seen.add(entry.id);
    const connector = connectorFor(entry.provider);
    if (!connector) throw new Error(`provider "${entry.provider}" has no connector yet`);
    const credentials = connector.credentials.safeParse(entry.credentials);
    if (!credentials.success) {
      throw new Error(
        `account "${entry.id}": bad credentials: ${credentials.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`,
      );
    }
    const { credentials: _secret, ...account } = entry;
    return { account, credentials: credentials.data, demo: false };
  });
}

export function loadAccountsFile(path: string): ConfiguredAccount[] {
  return parseAccounts(JSON.parse(readFileSync(path, "utf8")));
}

export class AccountBook {
  private readonly byId = new Map<string, ConfiguredAccount>();

  constructor(accounts: ConfiguredAccount[]) {
    for (const entry of accounts) this.byId.set(entry.account.id, entry);
  }

  get(id: string): ConfiguredAccount | null {
    return this.byId.get(id) ?? null;
  }

  all(): ConfiguredAccount[] {
    return [...this.byId.values()];
  }
}
