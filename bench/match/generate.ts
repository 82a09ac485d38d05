/**
 * Generates the matching benchmark's household in a SQLite file: N bills and M transactions over three years.
 * About 85 % of bills have their true debit (ids "tx-d-<n>" for bill "bill-<n>"), health bills also their CPAM
 * credit ("tx-c-<n>"); the rest of the transactions are everyday noise, a share of it on the bills' own amounts and vendors, so candidates compete.
 * Deterministic (seeded); cached in bench/out/ by size, since generating is not what we measure.
 */
import fs from "node:fs";
import path from "node:path";
import { deployMigrations } from "../../scripts/migrate-engine.mjs";
import { openRaw, type SqlValue } from "../../lib/db/raw";
import { addDays } from "../../lib/dates";
import { mulberry32 as prng } from "../../lib/random";

export interface BenchData {
  url: string;
  householdId: string;
}

const VENDORS = [
  { vendor: "EDF", label: "PRLV SEPA EDF CLIENTS PARTICULIERS", type: "energy", category: "401080" },
  { vendor: "Engie", label: "PRLV SEPA ENGIE", type: "energy", category: "401080" },
  { vendor: "Free", label: "PRLV SEPA FREE MOBILE", type: "phone", category: "400150" },
  { vendor: "Orange", label: "PRLV SEPA ORANGE SA", type: "phone", category: "400150" },
  { vendor: "SFR", label: "PRLV SEPA SFR", type: "phone", category: "400150" },
  { vendor: "Bouygues Telecom", label: "PRLV BOUYGUES TELECOM", type: "phone", category: "400150" },
  { vendor: "Amazon", label: "CB AMAZON PAYMENTS", type: "shopping", category: "400112" },
  { vendor: "SNCF", label: "CB SNCF CONNECT", type: "transport", category: "400850" },
  { vendor: "Netflix", label: "CB NETFLIX.COM", type: "subscription", category: "400750" },
  { vendor: "Veolia", label: "PRLV VEOLIA EAU", type: "water", category: "401070" },
];
// Everyday noise as [label, category]; about 3 % health, as in a real account.
const NOISE: readonly (readonly [string, string])[] = [
  ["CB CARREFOUR MARKET", "400110"], ["CB BOULANGERIE PAUL", "400110"], ["CB MONOPRIX", "400110"], ["RETRAIT DAB", "300"],
  ["CB TOTAL ACCESS", "400250"], ["CB RESTAURANT LE ZINC", "400810"], ["PRLV ASSURANCE HABITATION", "401040"], ["CB LIBRAIRIE", "0"],
  ["CB BRICOMARCHE", "401050"], ["CB CINEMA UGC", "400820"], ["CB DECATHLON", "400720"], ["CB LECLERC DRIVE", "400110"],
  ["CB FNAC", "400740"], ["CB PARKING INDIGO", "400270"], ["PRLV MUTUELLE COTISATION", "400620"], ["VIR M DUPONT", "0"],
  ["CB ZARA", "400130"], ["CB PICARD", "400110"], ["CB UBER EATS", "400810"], ["CB LIDL", "400110"],
  ["CB TABAC PRESSE", "400111"], ["CB COIFFEUR", "400190"], ["CB BIOCOOP", "400110"], ["CB KIOSQUE", "400111"],
  ["CB IKEA", "401060"], ["CB SHELL", "400250"], ["CB PICARD SURGELES", "400110"], ["CB LEROY MERLIN", "401050"],
  ["CB PHARMACIE DU MARCHE", "400610"],
];
const START = "2022-01-01";
const DAYS = 3 * 365;

export async function generateBenchData(bills: number, transactions: number): Promise<BenchData> {
  const dir = path.join(__dirname, "..", "out");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `match-${bills}-${transactions}.db`);
  const url = `file:${file}`;
  const householdId = "bench-household";
  if (fs.existsSync(file)) return { url, householdId };
  const partial = `${file}.partial`;
  fs.rmSync(partial, { force: true });
  // The migration engine keeps its connection open: migrate a template, work on a copy.
  const template = `${file}.template`;
  fs.rmSync(template, { force: true });
  await deployMigrations("sqlite", `file:${template}`);
  fs.copyFileSync(template, partial);
  const db = openRaw(`file:${partial}`);
  const random = prng(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const now = new Date("2025-01-01T00:00:00Z");
  const txRows: SqlValue[][] = [];
  const billRows: SqlValue[][] = [];
  const txColumns = ["id", "householdId", "accountId", "date", "amountMinor", "currency", "rawLabel", "label", "categoryId", "createdAt", "updatedAt"];
  const addTx = (id: string, date: string, amountMinor: bigint, label: string, categoryId: string) =>
    txRows.push([id, householdId, "bench-account", date, amountMinor, "EUR", label, label, categoryId, now, now]);

  for (let i = 0; i < bills; i++) {
    const id = String(i).padStart(7, "0");
    const date = addDays(START, Math.floor(random() * DAYS));
    const isHealth = random() < 0.2;
    const isPaid = random() < 0.85;
    if (isHealth) {
      const originalMinor = BigInt(1500 + Math.floor(random() * 10000));
      const amountMinor = (originalMinor * 70n) / 100n;
      const careDate = addDays(date, -Math.floor(3 + random() * 20));
      billRows.push([`bill-${id}`, householdId, "ameli", "Ameli", `ameli-${id}`, "health_costs", amountMinor, "EUR", date, 1, originalMinor, careDate, null, now]);
      if (isPaid) {
        addTx(`tx-d-${id}`, addDays(careDate, Math.floor(random() * 3)), -originalMinor, "CB DR MEDECIN", "400610");
        addTx(`tx-c-${id}`, addDays(date, Math.floor(random() * 3)), amountMinor, "VIR CPAM PARIS REMB SOINS", "400610");
      }
      continue;
    }
    const v = pick(VENDORS);
    const amountMinor = BigInt(500 + Math.floor(random() * 30000));
    billRows.push([`bill-${id}`, householdId, "test", v.vendor, `${v.vendor}-${id}`, v.type, amountMinor, "EUR", date, 0, null, null, null, now]);
    if (isPaid) addTx(`tx-d-${id}`, addDays(date, Math.floor(random() * 20) - 3), -amountMinor, v.label, v.category);
  }
  let noise = 0;
  while (txRows.length < transactions) {
    const date = addDays(START, Math.floor(random() * DAYS));
    const isLookalike = random() < 0.1 && billRows.length > 0;
    if (isLookalike) {
      // Same vendor and amount as a random bill, elsewhere in time: a plausible wrong candidate.
      const bill = pick(billRows);
      const vendor = VENDORS.find((v) => v.vendor === bill[3]) ?? VENDORS[0]!;
      addTx(`tx-n-${noise++}`, date, -(bill[6] as bigint), vendor.label, vendor.category);
    } else {
      const [label, category] = pick(NOISE);
      addTx(`tx-n-${noise++}`, date, -BigInt(100 + Math.floor(random() * 50000)), label, category);
    }
  }
  await db.transaction(async (tx) => {
    await tx.run(`INSERT INTO "Household" ("id", "name", "createdAt") VALUES (?, ?, ?)`, [householdId, "Bench", now]);
    await tx.run(`INSERT INTO "Account" ("id", "householdId", "name", "type", "currency", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?)`, ["bench-account", householdId, "Main", "checking", "EUR", now, now]);
    await tx.insertMany("Transaction", txColumns, txRows);
    await tx.insertMany("Bill", ["id", "householdId", "konnector", "vendor", "identity", "type", "amountMinor", "currency", "date", "isRefund", "originalAmountMinor", "originalDate", "groupAmountMinor", "createdAt"], billRows);
  });
  await db.run("ANALYZE");
  await db.close();
  fs.renameSync(partial, file);
  fs.rmSync(template, { force: true });
  return { url, householdId };
}
