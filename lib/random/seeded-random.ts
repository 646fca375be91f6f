/*
 * Seeded pseudo-random numbers in [0, 1), for what must come out the same on every run: a
 * sample drawn again from its seed, the demo's members and responses. Not for secrets (tokens and
 * codes use node:crypto).
 */

export type Random = () => number;

/** mulberry32 from a 32-bit seed. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** mulberry32 from a seed text, hashed (xmur3) into its 32-bit state: a sample's seed as shown to staff. */
export function seededRandomFromText(seed: string): Random {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  h = Math.imul(h ^ (h >>> 16), 2246822507);
  h = Math.imul(h ^ (h >>> 13), 3266489909);
  return seededRandom((h ^ (h >>> 16)) >>> 0);
}
