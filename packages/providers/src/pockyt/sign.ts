// verifySign (docs/providers/pockyt.md §3): md5 of the sorted "k=v&…" of the parameters, then "&" + md5(apiToken),
// lowercase hex.
import { createHash, timingSafeEqual } from "node:crypto";

export type PockytParams = Readonly<Record<string, string | null | undefined>>;

const md5 = (text: string): string => createHash("md5").update(text, "utf8").digest("hex");

/** The string that is hashed; raw values, no URL-encoding, keys in code-unit order (PHP ksort, Java TreeMap, Go sort). */
export function pockytSignBase(params: PockytParams, apiToken: string, options: { keepEmpty?: boolean } = {}): string {
  const keys = Object.keys(params)
    .filter((key) => key !== "verifySign")
    .filter((key) => {
      const value = params[key];
      return value !== null && value !== undefined && (options.keepEmpty === true || value !== "");
    })
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const pairs = keys.map((key) => `${key}=${params[key] ?? ""}`);
  return [...pairs, md5(apiToken.trim())].join("&");
}

/**
 * Signs over the non-empty parameters except verifySign (the Go and JS SDKs drop empty values, so the server must too).
 * keepEmpty: the PHP SDK's variant, which signs an empty value a caller set.
 */
export function pockytSign(params: PockytParams, apiToken: string, options: { keepEmpty?: boolean } = {}): string {
  return md5(pockytSignBase(params, apiToken, options));
}

function sameHex(a: string, b: string): boolean {
  const left = Buffer.from(a.toLowerCase());
  const right = Buffer.from(b.toLowerCase());
  return left.length === right.length && timingSafeEqual(left, right);
}

/** True when `params.verifySign` matches: over the non-empty values, or (PHP style) with the empty ones as well. */
export function pockytSignMatches(params: PockytParams, apiToken: string): boolean {
  const given = params.verifySign?.trim();
  if (!given) return false;
  if (sameHex(given, pockytSign(params, apiToken))) return true;
  const hasEmpty = Object.entries(params).some(([key, value]) => key !== "verifySign" && value === "");
  return hasEmpty && sameHex(given, pockytSign(params, apiToken, { keepEmpty: true }));
}
