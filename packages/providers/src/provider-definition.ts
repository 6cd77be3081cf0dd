// What a provider is, apart from its network code: the facts the server, the web app, the mocks and the tests read.
// Each provider folder exports one of these from its meta.ts (browser-safe: no Node, no network).
import type { DecodedOutcome, ListedOutcome } from "@paylens/codes/outcome";

/** The columns every provider's own identifiers are mapped into (see each folder's map.ts). */
export const ID_COLUMNS = ["uid", "tracking", "ref"] as const;
export type IdColumn = (typeof ID_COLUMNS)[number];

/** The id columns the search language has a key for (`uid:`, `tracking:`). */
export const SEARCHABLE_ID_COLUMNS = ["uid", "tracking"] as const;
export type SearchableIdColumn = (typeof SEARCHABLE_ID_COLUMNS)[number];

export interface IdKind {
  /** What the provider's support calls it ("paymentId", "transactionNo"). */
  label: string;
}

export interface SearchableIdKind extends IdKind {
  /** Other search keys people type for it (`paymentid:`), read as the column's own key. Lower case. */
  searchKeys: readonly string[];
}

export type VerificationTone = "good" | "bad" | "warn" | "neutral";
/** Result codes a provider adds to the card-scheme tables, in words: code → [label, tone]. */
export type VerificationCodes = Readonly<Record<string, readonly [label: string, tone: VerificationTone]>>;

export interface ProviderDefinition<Id extends string = string> {
  id: Id;
  displayName: string;
  /** Its series colour in every chart. */
  color: string;
  ids: Readonly<Record<SearchableIdColumn, SearchableIdKind>> & { ref: IdKind };
  /** Its additions to the AVS and CVC tables. */
  verification: { avs: VerificationCodes; cvc: VerificationCodes };
  /** Its settlement report: what it is called, and the file a finance user uploads. */
  report: { name: string; fileFormat: "csv" | "json" };
  /**
   * How its disputes reach Paylens: "notifications" (its webhooks or API) or "none" (it publishes no dispute feed:
   * they come from its settlement report or are recorded by hand by finance, and the web offers that form).
   */
  disputeFeed: "notifications" | "none";
  /** Whether its webhooks carry a signed time (checked against the replay window). */
  signsWebhookTime: boolean;
  /** What the demo plays against its sandbox; the sandbox listens on PAYLENS_SANDBOX_PORT + portOffset. */
  demo: { traffic: string; sandboxPortOffset: number; seed: SeedTraffic } | null;
}

/**
 * Its outcome catalogue, and the decoder for codes met in data but missing from it: exported from its meta.ts beside
 * the definition, not in it. The browser reads definitions but never codes (the API decodes them), and the catalogues
 * are most of a provider's bytes, so the web app's bundle leaves them out. code-catalogue.ts lists them.
 */
export interface ProviderCodes {
  list(): ListedOutcome[];
  decode(code: string): DecodedOutcome;
}

/** The history `pnpm paylens seed` generates for a provider: its accounts, their methods, and its ids' shapes. */
export interface SeedTraffic {
  /** How its own transaction id looks ("46154-aba1cf5e57", dated digits, plain digits). */
  uidStyle: "dash-hex" | "dated-digits" | "digits";
  trackingPrefix: string;
  /** Which reference columns it fills: bank (rrn, auth code, ref id), network (network id, auth code), vendor (ref id). */
  references: "bank" | "network" | "vendor";
  accounts: readonly {
    accountId: string;
    accountName: string;
    /** Share of its card payments with 3-D Secure. */
    threeDsShare: number;
    /** null currency: the card's own; null country: the card's country. Weight: share of all seeded traffic. */
    methods: readonly { method: string; currency: string | null; customerCountry: string | null; weight: number }[];
  }[];
}
