/**
 * Writes the insights benchmark's household into a fresh SQLite file with raw inserts: 10 accounts (one in USD),
 * 1,000,000 transactions over ten years — salaries, rent, everyday card spending across the category tree,
 * linked transfers between own accounts, a few pending rows, tombstones and tags — plus a small second household
 * (its rows must never show). Deterministic (seeded).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { deployMigrations } from "../../scripts/migrate-engine.mjs";
import { openRaw, type SqlValue } from "../../lib/db/raw";
import { addDays } from "../../lib/dates";
import { mulberry32 } from "../../lib/random";

export const BENCH_TODAY = "2026-06-30";
const DAYS = 3652;
const START = addDays(BENCH_TODAY, -(DAYS - 1));

export interface InsightsBenchData {
  dir: string;
  url: string;
  householdId: string;
  accountIds: string[];
}

/** The shared seeded PRNG (lib/random.ts), as the insights benchmarks import it. */
export const prng = mulberry32;

const ACCOUNTS: readonly (readonly [string, string, string, number])[] = [
  // [name, type, currency, weight of everyday spending]
  ["Compte courant", "checking", "EUR", 40], ["Compte joint", "checking", "EUR", 25], ["Carte Visa", "card", "EUR", 15],
  ["Livret A", "savings", "EUR", 1], ["LDDS", "savings", "EUR", 1], ["PEA", "investment", "EUR", 1],
  ["Carte Amex", "card", "EUR", 8], ["Compte pro", "checking", "EUR", 5], ["US checking", "checking", "USD", 3], ["Cash", "cash", "EUR", 1],
];

// [label, payee, category, min, max] in minor units (spending).
const SPENDING: readonly (readonly [string, string, string, number, number])[] = [
  ["CB CARREFOUR MARKET", "Carrefour", "400110", 500, 15000], ["CB MONOPRIX", "Monoprix", "400110", 300, 9000],
  ["CB LIDL", "Lidl", "400110", 500, 12000], ["CB BOULANGERIE PAUL", "Paul", "400110", 150, 1500],
  ["CB RESTAURANT LE ZINC", "Le Zinc", "400810", 1500, 9000], ["CB UBER EATS", "Uber Eats", "400810", 1200, 4500],
  ["CB TOTAL ACCESS", "TotalEnergies", "400250", 3000, 9000], ["CB SNCF CONNECT", "SNCF", "400850", 1500, 15000],
  ["CB AMAZON PAYMENTS", "Amazon", "400112", 800, 20000], ["CB FNAC", "Fnac", "400740", 1000, 30000],
  ["CB ZARA", "Zara", "400130", 2000, 12000], ["CB PHARMACIE DU MARCHE", "Pharmacie", "400610", 300, 6000],
  ["CB CINEMA UGC", "UGC", "400820", 900, 3000], ["CB DECATHLON", "Decathlon", "400720", 1000, 25000],
  ["RETRAIT DAB", "", "300", 2000, 10000], ["CB LEROY MERLIN", "Leroy Merlin", "401050", 1000, 40000],
  ["CB NETFLIX.COM", "Netflix", "400750", 1099, 1799], ["PRLV SEPA FREE MOBILE", "Free", "400150", 1999, 3999],
  ["PRLV SEPA EDF", "EDF", "401080", 4000, 18000], ["CB LIBRAIRIE", "", "0", 500, 4000], ["CB KIOSQUE", "", "0", 200, 900],
];

export async function generateInsightsData(transactions: number): Promise<InsightsBenchData> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tirelire-insights-"));
  const file = path.join(dir, "bench.db");
  // The migration engine keeps its connection open: migrate a template, work on a copy.
  await deployMigrations("sqlite", `file:${file}.template`);
  fs.copyFileSync(`${file}.template`, file);
  const db = openRaw(`file:${file}`);
  const random = prng(7);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const now = new Date(`${BENCH_TODAY}T12:00:00Z`);
  const householdId = "bench-household";
  const accountIds = ACCOUNTS.map((_, i) => `bench-acc-${i}`);
  const totalWeight = ACCOUNTS.reduce((s, a) => s + a[3], 0);
  const pickAccount = () => {
    let r = random() * totalWeight;
    for (let i = 0; i < ACCOUNTS.length; i++) if ((r -= ACCOUNTS[i]![3]) < 0) return i;
    return 0;
  };
  const columns = ["id", "householdId", "accountId", "date", "amountMinor", "currency", "rawLabel", "label", "payee", "categoryId", "status", "transferId", "tags", "deletedAt", "createdAt", "updatedAt"];
  let n = 0;
  let transfers = 0;
  const row = (account: number, date: string, amountMinor: number, label: string, payee: string, categoryId: string, transferId: string | null = null): SqlValue[] => {
    const isRecent = date > addDays(BENCH_TODAY, -5);
    const status = isRecent && random() < 0.7 ? "pending" : "booked";
    const tags = random() < 0.02 ? '["vacances"]' : random() < 0.01 ? '["remboursable","pro"]' : "[]";
    const deletedAt = random() < 0.005 ? now : null;
    return [`tx${(n++).toString(36).padStart(8, "0")}`, householdId, accountIds[account]!, date, BigInt(amountMinor), ACCOUNTS[account]![2],
      label, label, payee || null, categoryId, status, transferId, tags, deletedAt, now, now];
  };

  await db.transaction(async (tx) => {
    await tx.run(`INSERT INTO "Household" ("id", "name", "locale", "currency", "createdAt") VALUES (?, ?, ?, ?, ?), (?, ?, ?, ?, ?)`,
      [householdId, "Bench", "fr", "EUR", now, "other-household", "Other", "en", "EUR", now]);
    for (const [i, [name, type, currency]] of ACCOUNTS.entries()) {
      await tx.run(`INSERT INTO "Account" ("id", "householdId", "name", "type", "currency", "openingBalanceMinor", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        [accountIds[i]!, householdId, name, type, currency, BigInt(int(0, 500000)), now, now]);
    }
    await tx.run(`INSERT INTO "Account" ("id", "householdId", "name", "type", "currency", "createdAt", "updatedAt") VALUES ('other-acc', 'other-household', 'Other', 'checking', 'EUR', ?, ?)`, [now, now]);
    let chunk: SqlValue[][] = [];
    const flush = async () => {
      await tx.insertMany("Transaction", columns, chunk);
      chunk = [];
    };
    for (let day = 0; n < transactions; day = (day + 1) % DAYS) {
      const date = addDays(START, day);
      const dayOfMonth = Number(date.slice(8));
      if (dayOfMonth === 28) chunk.push(row(0, date, int(280000, 320000), "VIR SALAIRE ACME SAS", "Acme", "200110"));
      if (dayOfMonth === 5) chunk.push(row(1, date, -int(120000, 125000), "PRLV LOYER SCI DU PARC", "SCI du Parc", "401010"));
      if (random() < 0.3) {
        // A transfer between two own EUR accounts: two rows, opposite amounts, one Transfer.
        const from = int(0, 2);
        const to = int(3, 5);
        const amount = int(1000, 50000);
        const transferId = `bench-tr-${transfers++}`;
        await tx.run(`INSERT INTO "Transfer" ("id", "householdId", "state", "createdAt") VALUES (?, ?, 'auto', ?)`, [transferId, householdId, now]);
        chunk.push(row(from, date, -amount, "VIR INTERNE EPARGNE", "", "600110", transferId), row(to, date, amount, "VIR INTERNE EPARGNE", "", "600110", transferId));
      }
      const perDay = Math.max(1, Math.round((transactions / DAYS) * (0.6 + random() * 0.8)));
      for (let k = 0; k < perDay; k++) {
        const [label, payee, category, min, max] = SPENDING[int(0, SPENDING.length - 1)]!;
        chunk.push(row(pickAccount(), date, random() < 0.02 ? int(min, max) : -int(min, max), label, payee, category));
      }
      if (chunk.length >= 50_000) await flush();
    }
    await flush();
    const other: SqlValue[][] = [];
    for (let i = 0; i < 20_000; i++) {
      other.push([`ot${i}`, "other-household", "other-acc", addDays(START, i % DAYS), -BigInt(int(100, 9000)), "EUR", "CB OTHER", "CB OTHER", null, "400110", "booked", null, "[]", null, now, now]);
    }
    await tx.insertMany("Transaction", columns, other);
  });
  await db.run("ANALYZE");
  await db.close();
  fs.rmSync(`${file}.template`, { force: true });
  return { dir, url: `file:${file}`, householdId, accountIds };
}
