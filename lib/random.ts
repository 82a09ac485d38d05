/**
 * The project's one seeded PRNG (mulberry32): tests, benchmark generators and the demo household draw from it,
 * so a seed gives the same sequence everywhere and a failing fuzz case replays. Tiny and fast, good enough for
 * plausible data and mutation sites; not for anything secret (use crypto.getRandomValues).
 */

/** Uniform numbers in [0, 1) from a 32-bit seed (taken modulo 2^32, as `seed >>> 0`). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
