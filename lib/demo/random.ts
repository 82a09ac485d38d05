/**
 * A small seeded random source for the demo household. Every draw is keyed by (seed, scope) so a given month of
 * a given account always produces the same rows, whenever the generator runs: re-running the demo next week adds
 * the new days and re-finds the old ones (same external ids), it never reshuffles history.
 */
import { mulberry32 } from "../random";

/** FNV-1a over the text: a stable 32-bit key for a scope string. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
}

/** The shared mulberry32 (lib/random.ts), seeded by (seed, scope): plausible household data, nothing secret. */
export function randomFor(seed: string, scope: string): Random {
  const next = mulberry32(hash32(`${seed}\u0000${scope}`));
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: <T>(items: readonly T[]) => {
      if (!items.length) throw new Error("pick from an empty list");
      return items[int(0, items.length - 1)] as T;
    },
    chance: (probability) => next() < probability,
  };
}
