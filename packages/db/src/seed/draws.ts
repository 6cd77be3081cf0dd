// The seed's randomness: every draw is a hash of (key, draw number, seed), so a seed reproduces the data, any row can
// be generated alone (in any chunk, by any lane), and a child recomputes its parent's draws from the parent's number.

/** A 32-bit integer finalizer (lowbias32): every input bit moves every output bit. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return h ^ (h >>> 16);
}

export interface SeedDraws {
  /** 32 random bits (unsigned) for draw `k` (0–63) of `key` (an integer below 2^53). */
  bits(key: number, k: number): number;
  /** A uniform draw in [0, 1). */
  uniform(key: number, k: number): number;
}

export function seedDraws(seed: number): SeedDraws {
  const salts = Array.from({ length: 64 }, (_, k) => mix(Math.imul(seed, 64) + k + 0x9e3779b9));
  const bits = (key: number, k: number) => mix(mix((salts[k] ?? 0) ^ key) ^ Math.floor(key / 4_294_967_296)) >>> 0;
  return { bits, uniform: (key, k) => bits(key, k) / 4_294_967_296 };
}
