// What each provider's demo brings: its sandbox, the accounts Paylens uses, and the merchants the traffic plays.
import { connectorFor } from "@paylens/providers/connectors";
import type { RunningSandbox } from "@paylens/sandbox/http-server";
import type { MerchantAccount } from "@paylens/sandbox/traffic/merchant";
import type { ConfiguredAccount } from "../accounts.ts";
import { callContext, type CallRecorder } from "../provider-context.ts";

export interface DemoOptions {
  /** The port the sandbox listens on; 0 picks a free one. */
  port: number;
  /** How much faster than real life sandboxes resend webhooks. */
  timeScale: number;
  /**
   * Multiplies the API latency of docs/traffic.md (1 unless given). Tests pass 0: its tail holds 0.1 % of card payments
   * past the 30 s deadline, which a test with a 30 s timeout cannot outlast.
   */
  latencyScale?: number;
}

export interface DemoProvider {
  name: string;
  url: string;
  accounts: ConfiguredAccount[];
  merchants(publicUrl: string, record: CallRecorder): MerchantAccount[];
  /** Run-time incident switches (demo/incidents.ts). */
  sandbox: Pick<RunningSandbox<unknown>, "setWebhookMode" | "setApiIncident" | "apiIncident" | "setReportFaults">;
  close(): Promise<void>;
}

/** The merchant the traffic generator plays for each demo account: calls through Paylens's connector, webhooks to Paylens. */
export function demoMerchants(
  accounts: ConfiguredAccount[],
  publicUrl: string,
  record: CallRecorder,
  play: {
    methods: MerchantAccount["methods"];
    threeDs: (index: number) => boolean;
    customerActs: MerchantAccount["customerActs"];
  },
): MerchantAccount[] {
  return accounts.map((configured, index) => {
    const connector = connectorFor(configured.account.provider);
    if (!connector) throw new Error(`no connector for ${configured.account.provider}`);
    return {
      accountId: configured.account.id,
      methods: play.methods,
      weight: 1,
      connector,
      context: (sandboxTime) => callContext(configured, record, sandboxTime ? { sandboxTime } : {}),
      notificationUrl: webhookUrl(publicUrl, configured),
      threeDs: play.threeDs(index),
      ...(play.customerActs ? { customerActs: play.customerActs } : {}),
    };
  });
}

/** Where this server takes an account's webhooks. */
export function webhookUrl(publicUrl: string, configured: ConfiguredAccount): string {
  return `${publicUrl}/webhooks/${configured.account.provider}/${configured.account.id}`;
}
