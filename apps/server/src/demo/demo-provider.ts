// What each provider's demo brings: its sandbox, the accounts Paylens uses, and the merchants the traffic plays.
import type { MerchantAccount } from "@paylens/sandbox/traffic/merchant";
import type { ConfiguredAccount } from "../accounts.ts";
import type { CallRecorder } from "../provider-context.ts";

export interface DemoOptions {
  /** The port the sandbox listens on; 0 picks a free one. */
  port: number;
  /** How much faster than real life sandboxes resend webhooks. */
  timeScale: number;
}

export interface DemoProvider {
  name: string;
  url: string;
  accounts: ConfiguredAccount[];
  merchants(publicUrl: string, record: CallRecorder): MerchantAccount[];
  close(): Promise<void>;
}
