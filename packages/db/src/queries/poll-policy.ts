// When to ask a provider again about a transaction that is not final yet: exponential backoff, then give up.

export interface PollPolicy {
  firstDelayMs: number;
  maxDelayMs: number;
  maxAttempts: number;
}

export const DEFAULT_POLL_POLICY: PollPolicy = { firstDelayMs: 15_000, maxDelayMs: 15 * 60_000, maxAttempts: 20 };

/** The time of the next status query after `attempts` earlier ones; null once the policy gives up. */
export function nextPollAt(now: Date, attempts: number, policy: PollPolicy = DEFAULT_POLL_POLICY): Date | null {
  if (attempts >= policy.maxAttempts) return null;
  const delay = Math.min(policy.firstDelayMs * 2 ** attempts, policy.maxDelayMs);
  return new Date(now.getTime() + delay);
}
