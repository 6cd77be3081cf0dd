// Seedable randomness: every emulator draws from these so a seed reproduces a whole run (tests, demos, benchmarks).

/** Returns a float in [0, 1). */
export type Rng = () => number;

/** mulberry32: tiny, fast and good enough for simulation (not for secrets). */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An independent stream per purpose, so drawing webhook lags never shifts card outcomes for the same seed. */
export function deriveRng(seed: number, stream: string): Rng {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  for (let i = 0; i < stream.length; i++) h = Math.imul(h ^ stream.charCodeAt(i), 0x01000193) >>> 0;
  return createRng(h);
}

/** Integer in [0, n). */
export function randomInt(rng: Rng, n: number): number {
  return Math.floor(rng() * n);
}

export function uniform(rng: Rng, min: number, max: number): number {
  return min + (max - min) * rng();
}

export function chance(rng: Rng, probability: number): boolean {
  return rng() < probability;
}

/** Standard normal via Box–Muller. */
export function normal(rng: Rng): number {
  const u = 1 - rng();
  const v = rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** exp(N(mu, sigma)): docs/traffic.md gives latencies and lags as mu/sigma in ln(ms). */
export function lognormal(rng: Rng, mu: number, sigma: number): number {
  return Math.exp(mu + sigma * normal(rng));
}

/** A lognormal given by its median instead of mu (docs/traffic.md's tail mixtures are stated that way). */
export function lognormalMedian(rng: Rng, median: number, sigma: number): number {
  return lognormal(rng, Math.log(median), sigma);
}

/** Picks an item with probability proportional to its weight; weights need not sum to 1. */
export function weightedChoice<T>(rng: Rng, items: ReadonlyArray<readonly [T, number]>): T {
  const first = items[0];
  if (!first) throw new Error("weightedChoice needs at least one item");
  let total = 0;
  for (const [, weight] of items) total += Math.max(0, weight);
  let target = rng() * total;
  for (const [item, weight] of items) {
    target -= Math.max(0, weight);
    if (target < 0) return item;
  }
  return items[items.length - 1]?.[0] ?? first[0];
}

export function randomDigits(rng: Rng, length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) out += String(randomInt(rng, 10));
  return out;
}

export function randomHex(rng: Rng, length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) out += randomInt(rng, 16).toString(16);
  return out;
}

const ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

export function randomAlphanumeric(rng: Rng, length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) out += ALPHANUMERIC.charAt(randomInt(rng, ALPHANUMERIC.length));
  return out;
}

/** RFC 4122 version-4 shape from the seeded stream (crypto.randomUUID would break reproducibility). */
export function randomUuid(rng: Rng): string {
  const hex = randomHex(rng, 32).split("");
  hex[12] = "4";
  hex[16] = "89ab".charAt(randomInt(rng, 4));
  const s = hex.join("");
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}
