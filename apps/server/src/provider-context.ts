// Builds the context a connector call needs: the account, its credentials, and where to record the call.
import type { Db } from "@paylens/db/client";
import { recordProviderCall } from "@paylens/db/queries/provider-calls";
import type { CallContext, ProviderCall } from "@paylens/providers/connector";
import type { ConfiguredAccount } from "./accounts.ts";

export type CallRecorder = (call: ProviderCall) => Promise<void>;

export function callRecorder(db: Db): CallRecorder {
  return (call) => recordProviderCall(db, call);
}

export function callContext(
  configured: ConfiguredAccount,
  recordCall: CallRecorder,
  extra: Partial<CallContext<unknown>> = {},
): CallContext<unknown> {
  return { account: configured.account, credentials: configured.credentials, recordCall, timeoutMs: 30_000, ...extra };
}
