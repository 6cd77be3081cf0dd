// The seed's rows, generated in this process as COPY text (one line per row, SEED_COLUMNS order): the database's
// cores only store them. Rows come in pairs: the second is a refund, capture or void of the first when the first
// allows it, else a payment of its own. Row g is created in its own time slot, so rows come in time order.
import { seedDraws } from "./draws.ts";
import { pick, SLOTS, type PreparedPalette, type PreparedProfile } from "./prepare.ts";

export interface SeedWindow {
  /** The run's first row number (odd, so a pair never straddles two chunks) and its size. */
  first: number;
  count: number;
  seed: number;
  customers: number;
  /** Row g is created in its slot of [startMs, endMs). */
  startMs: number;
  endMs: number;
}

/** The columns the generated rows fill, in the order of each line's fields. */
export const SEED_COLUMNS = `id, account_id, provider, provider_uid, parent_provider_uid, parent_id, type, status, amount_minor, currency,
  tracking_id, description, method_type, card_brand, card_bin, card_last4, card_holder, issuer_name, issuer_country,
  customer_email, customer_ip, customer_country, rrn, auth_code, ref_id, network_transaction_id,
  code, outcome_letter, outcome_service, message, friendly_message, reason, retryable,
  three_ds_status, three_ds_eci, three_ds_version, three_ds_result, avs_result, cvc_result, test,
  created_at, provider_updated_at, paid_at, settled_at, expired_at, first_seen_at, last_event_at, details`;

const NULL = "\\N";
const DOMAINS = ["@example.com", "@example.org", "@example.net"];
const SECOND = 1000;
const DAY = 86_400_000;
// "SS.mmmZ" for every millisecond of a minute: a timestamp is its minute's prefix and one of these.
const IN_MINUTE = Array.from(
  { length: 60_000 },
  (_, ms) => `${String(Math.floor(ms / 1000)).padStart(2, "0")}.${String(ms % 1000).padStart(3, "0")}Z`,
);

/** ISO 8601 text of a time in whole milliseconds: its minute's prefix, made once per minute of the window. */
function isoStamps(): (ms: number) => string {
  const prefixes = new Map<number, string>();
  return (ms) => {
    const minute = Math.floor(ms / 60_000);
    let prefix = prefixes.get(minute);
    if (prefix === undefined) {
      // 90 days hold 130k minutes; a longer window starts again rather than growing without end.
      if (prefixes.size >= 400_000) prefixes.clear();
      prefix = new Date(minute * 60_000).toISOString().slice(0, 17);
      prefixes.set(minute, prefix);
    }
    return prefix + pick(IN_MINUTE, ms - minute * 60_000);
  };
}
const BYTE_HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, "0"));
/** The low `width` (≤ 12) hex digits of an integer below 2^48, by table: Number#toString(16) was a sixth of the time. */
const hex = (value: number, width: number) => {
  const high = Math.floor(value / 4_294_967_296);
  const low = value >>> 0;
  const text =
    pick(BYTE_HEX, (high >>> 8) & 255) +
    pick(BYTE_HEX, high & 255) +
    pick(BYTE_HEX, low >>> 24) +
    pick(BYTE_HEX, (low >>> 16) & 255) +
    pick(BYTE_HEX, (low >>> 8) & 255) +
    pick(BYTE_HEX, low & 255);
  return text.slice(12 - width);
};
const digits = (value: number, width: number) => String(value).padStart(width, "0");
/** A log-normal basket in price units: median 45, long tail (Box–Muller on two uniform draws). */
const basket = (u1: number, u2: number) =>
  Math.max(1, Math.round(Math.exp(Math.log(45) + 0.9 * Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2))));

/** The window's rows: `line(g)` is row g as a line of COPY text, the same whoever asks and when. */
export function seedRows(pal: PreparedPalette, w: SeedWindow): { line(g: number): string } {
  const { bits, uniform } = seedDraws(w.seed);
  const slot = (key: number, k: number) => Math.floor(uniform(key, k) * SLOTS);
  const spacing = (w.endMs - w.startMs) / w.count;
  const settleBefore = w.endMs - 2 * DAY;
  const iso = isoStamps();

  const profileOf = (row: number) => pick(pal.profileSlots, slot(row, 1));
  const statusOf = (row: number) => pick(pal.statusSlots, slot(row, 3));
  const authorizes = (row: number, profile: PreparedProfile) => profile.card && uniform(row, 9) < 0.25;
  const createdOf = (row: number) => Math.floor(w.startMs + (row - w.first + 0.1 + 0.8 * uniform(row, 7)) * spacing);
  /** A version-7 UUID: milliseconds first (the primary key grows at its right edge), the row number last (unique). */
  const uuidOf = (row: number, ms: number) =>
    `${hex(ms, 12)}7${hex(bits(row, 31) & 0xfff, 3)}${(8 + (bits(row, 32) & 3)).toString(16)}${hex(bits(row, 33) & 0xfff, 3)}${hex(row, 12)}`;
  /** The provider's own id, shaped as the provider shapes it; the row number keeps it unique per account. */
  const uidOf = (row: number, profile: PreparedProfile, createdIso: string) => {
    if (profile.uidStyle === "dash-hex")
      return `${1000000 + row}-${hex(bits(row, 34) & 0xff, 2)}${hex(bits(row, 30), 8)}`;
    if (profile.uidStyle === "dated-digits") return `${yyyymmdd(createdIso)}1145${digits(row, 12)}`;
    return `2975${digits(row, 14)}`;
  };

  const line = (g: number): string => {
    // A second of a pair is a child when its parent succeeded: most authorizations get a capture or void, some payments a refund.
    const parentProfile = profileOf(g - 1);
    const child =
      g % 2 === 0 &&
      statusOf(g - 1) === pal.successIndex &&
      uniform(g, 8) < (authorizes(g - 1, parentProfile) ? 0.8 : 0.12);
    const src = child ? g - 1 : g;
    const profile = child ? parentProfile : profileOf(g);
    const statusIndex = child ? pal.successIndex : statusOf(g);
    const auth = authorizes(src, profile);
    const cust = Math.floor(uniform(src, 2) * w.customers);
    const kind = uniform(g, 11);
    const misc = uniform(g, 12);
    const bin = pick(pal.binSlots, slot(cust, 41));
    const cardHash = bits(cust, 42) & 0x7fffffff;
    const { card, references } = profile;
    const outcome = pick(pal.outcomeSlots, (profile.outcomeGroup + statusIndex) * SLOTS + slot(src, 4));
    const type = child ? (auth ? (kind < 0.88 ? "capture" : "void") : "refund") : auth ? "authorization" : "payment";
    const successful = statusIndex === pal.successIndex;

    const srcMs = createdOf(src);
    const delay = auth ? 60 * SECOND + kind * 2 * DAY : DAY + kind * 20 * DAY;
    const createdMs = child ? Math.min(Math.floor(srcMs + delay), w.endMs) : srcMs;
    const created = iso(createdMs);

    const unit = profile.priceUnit ?? bin.priceUnit;
    const cents = uniform(src, 10);
    const srcAmount =
      basket(uniform(src, 5), uniform(src, 6)) * unit +
      (unit !== 100 ? 0 : cents < 0.35 ? 0 : cents < 0.65 ? 99 : cents < 0.8 ? 50 : Math.floor(cents * 10000) % 100);
    const amount =
      child && !auth && kind < 0.3
        ? Math.max(1, Math.floor((srcAmount * (20 + Math.floor(misc * 60))) / 100))
        : srcAmount;

    const shopper = pick(pal.shoppers, cust % pal.shoppers.length);
    const order = 1000000 + src;
    const cardFields = card
      ? `${bin.brand}\t${bin.bin}\t${digits(cardHash % 10000, 4)}\t${shopper.holder}\t${bin.issuer}\t${bin.country}`
      : `${NULL}\t${NULL}\t${NULL}\t${NULL}\t${NULL}\t${NULL}`;
    const bank = card && references === "bank";
    const rrn = bank ? digits(((bits(g, 20) & 0xffff) * 4_294_967_296 + bits(g, 24)) % 1e12, 12) : NULL;
    const authCode = card && successful ? hex(bits(g, 21) & 0xffffff, 6).toUpperCase() : NULL;
    const refId = bank
      ? String(1000000 + (bits(g, 22) % 9000000))
      : references === "vendor"
        ? `${yyyymmdd(created)}2200${digits(g, 14)}`
        : NULL;
    const networkId =
      card && references === "network"
        ? `MCC${hex(bits(g, 23) & 0xffff, 4)}${hex(bits(g, 25), 8)}`.toUpperCase()
        : NULL;

    const authFailed = outcome.reason === "authentication_failed";
    const threeDs =
      card && misc < profile.threeDsShare
        ? `${authFailed ? "failed" : "successful"}\t${authFailed ? "07" : bin.mastercard ? "02" : "05"}\t2.2.0\t${authFailed ? "N" : "Y"}`
        : `${NULL}\t${NULL}\t${NULL}\t${NULL}`;
    const checks = card
      ? `${kind < 0.9 ? "Y" : "A"}\t${outcome.reason === "incorrect_cvc" ? "N" : "M"}`
      : `${NULL}\t${NULL}`;

    const paid = successful && (type === "payment" || type === "capture");
    const seen = iso(createdMs + 3 * SECOND);
    const details = card ? `{"expMonth": ${1 + (cardHash % 12)}, "expYear": ${2027 + (cardHash % 5)}}` : "{}";
    return (
      `${uuidOf(g, createdMs)}\t${profile.accountId}\t${profile.provider}\t${uidOf(g, profile, created)}\t` +
      `${child ? uidOf(src, profile, iso(srcMs)) : NULL}\t${child ? uuidOf(src, srcMs) : NULL}\t${type}\t` +
      `${pick(pal.statuses, statusIndex)}\t${amount}\t${profile.currency ?? bin.currency}\t` +
      `${profile.trackingPrefix}${order}\tOrder #${order}\t${profile.method}\t${cardFields}\t` +
      `${shopper.name}${Math.floor(cust / pal.shoppers.length)}${DOMAINS[cust % 3]}\t198.51.100.${1 + (cust % 254)}\t` +
      `${profile.customerCountry ?? bin.country}\t${rrn}\t${authCode}\t${refId}\t${networkId}\t${outcome.fields}\t` +
      `${threeDs}\t${checks}\t${misc > 0.99 ? "t" : "f"}\t${created}\t${iso(createdMs + 2 * SECOND)}\t` +
      `${paid ? iso(createdMs + 2 * SECOND) : NULL}\t${paid && createdMs < settleBefore ? iso(createdMs + DAY) : NULL}\t` +
      `${statusIndex === pal.expiredIndex ? iso(createdMs + 30 * 60 * SECOND) : NULL}\t${seen}\t${seen}\t${details}\n`
    );
  };

  return { line };
}

/** 2026-12-07T… → 20261207 (UTC), as the providers date their ids. */
function yyyymmdd(isoTime: string): string {
  return isoTime.slice(0, 4) + isoTime.slice(5, 7) + isoTime.slice(8, 10);
}
