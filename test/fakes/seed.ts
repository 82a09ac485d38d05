/** Deterministic data for the fake aggregator servers: the same seed gives the same bank. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

export const MERCHANTS = [
  "CARREFOUR MARKET", "LIDL", "SNCF CONNECT", "NETFLIX.COM", "EDF CLIENTS PARTICULIERS", "FREE MOBILE", "AMAZON MKTPLACE",
  "SHELL STATION", "PHARMACIE DU CENTRE", "TESCO STORES", "STARBUCKS", "UBER TRIP", "SPOTIFY", "BOULANGERIE PAUL",
] as const;

/** Cents as a decimal string with two decimals ("-12.30"). */
export function centsToString(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}
