// Test support: signed webhooks of the shipped providers, as many and as varied as a load or fault test needs. Each
// provider's folder forges its own (test-forge.ts: its wire format, signed as it signs); this puts them together.
import { antomForge } from "./antom/test-forge.ts";
import { begatewayForge } from "./begateway/test-forge.ts";
import type { ForgedWebhook } from "./forged-webhook.ts";
import { pockytForge } from "./pockyt/test-forge.ts";

export type { ForgedAccount, ForgedWebhook } from "./forged-webhook.ts";

export function webhookForge(prefix = "forged") {
  const begateway = begatewayForge(prefix);
  const antom = antomForge(prefix);
  const pockyt = pockytForge(prefix);
  const inTurn: ((uid: string) => ForgedWebhook)[] = [
    (uid) => begateway.webhook(uid),
    (uid) => antom.webhook(uid),
    (uid) => pockyt.webhook(uid),
  ];

  /** Webhook i of a run: the providers in turn, each about its own new transaction. */
  function nth(i: number): ForgedWebhook {
    const forge = inTurn[i % inTurn.length];
    if (!forge) throw new Error("no providers to forge");
    return forge(`${prefix}-${i}`);
  }

  return {
    accounts: [begateway.account, antom.account, pockyt.account],
    begateway: begateway.webhook,
    antom: antom.webhook,
    pockyt: pockyt.webhook,
    nth,
  };
}

export type WebhookForge = ReturnType<typeof webhookForge>;
