// Notifications the webhook route has just parsed, kept for this process's inbox worker: it reads the same stored body
// and headers again, and parsing them a second time was a large part of applying. Keyed by the stored (redacted) body;
// a message not found here (stored by another instance, pushed out, or the server restarted) is parsed from the inbox
// as before, so the inbox stays the source of truth.
import type { ParsedNotification } from "@paylens/providers/connector";

export interface RecentlyParsed {
  keep(provider: string, storedBody: string, parsed: ParsedNotification): void;
  /** The route's parse of this stored body (each is taken once), or null. */
  take(provider: string, storedBody: string): ParsedNotification | null;
}

/** Bounded: a burst the worker is seconds behind pushes the oldest out rather than growing the heap. */
export function recentlyParsed(capacity = 4096): RecentlyParsed {
  const byBody = new Map<string, { provider: string; parsed: ParsedNotification }>();
  return {
    keep(provider, storedBody, parsed) {
      if (byBody.size >= capacity) byBody.delete(byBody.keys().next().value as string);
      byBody.set(storedBody, { provider, parsed });
    },
    take(provider, storedBody) {
      const found = byBody.get(storedBody);
      if (!found || found.provider !== provider) return null;
      byBody.delete(storedBody);
      return found.parsed;
    },
  };
}
