// Builds the context a connector call needs: the account, its credentials, and where to record the call.
import type { ProviderAccess } from "@paylens/api/context";
import type { Db } from "@paylens/db/client";
import { recordProviderCall } from "@paylens/db/queries/provider-calls";
import type { CallContext, ProviderCall } from "@paylens/providers/connector";
import { connectorFor } from "@paylens/providers/connectors";
import type { AccountBook, ConfiguredAccount } from "./accounts.ts";

export type CallRecorder = (call: ProviderCall) => Promise<void>;

export function callRecorder(db: Db): CallRecorder {
  return (call) => recordProviderCall(db, call);
}

export function callContext(
  configured: ConfiguredAccount,
  recordCall: CallRecorder,
  extra: Partial<CallContext<unknown>> = {},
): CallContext<unknown> {
  // No timeoutMs: every connector then waits DEFAULT_TIMEOUT_MS (packages/providers/src/http-call.ts), the one deadline.
  return { account: configured.account, credentials: configured.credentials, recordCall, ...extra };
}

/** What the API may use of providers: the registry's connectors and a call context per configured account. */
export function providerAccess(accounts: AccountBook, recordCall: CallRecorder): ProviderAccess {
  return {
    connector: connectorFor,
    callContext: (accountId) => {
      const configured = accounts.get(accountId);
      return configured ? callContext(configured, recordCall) : null;
    },
  };
}
