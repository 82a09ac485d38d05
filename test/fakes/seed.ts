/** Deterministic data for the fake aggregator servers: the same seed gives the same bank. */
import { mulberry32 } from "../../lib/random";

export function createRandom(seed: number): () => number {
  // Seed 0 draws as seed 1 (as the fakes always have): their datasets stay the same.
  return mulberry32(seed >>> 0 || 1);
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
