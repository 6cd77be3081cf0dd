// Each provider folder has a contract-sample.ts: valid credentials and one correctly signed webhook, for the contract suite.

export interface ContractSample {
  credentials: unknown;
  webhook: { rawBody: string; path: string; headers: Record<string, string> };
  /** A report file as the provider's back office gives it (uploaded by hand), with at least one payment and one refund. */
  reportFile: string;
}
