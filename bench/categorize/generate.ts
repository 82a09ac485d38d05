/**
 * The labelled evaluation set: simulated households living a year (2024) with French or English-speaking
 * banks. Deterministic (seeded), so figures are comparable run to run. Run it alone to write JSON lines:
 *   npx tsx bench/categorize/generate.ts > /tmp/eval.jsonl
 */
import { EN_MERCHANTS, FR_MERCHANTS, type EvalMerchant, type MerchantKind } from "./merchants";
import { englishLabel, frenchLabel, pick, type Day, type Random } from "./wording";
import { mulberry32 } from "../../lib/random";

export interface EvalRow {
  household: string;
  label: string;
  amount: string;
  date: string;
  categoryId: string;
  /** brand / generic / opaque merchant, or "kind" (withdrawal, check, fee: said by the wording alone). */
  merchantKind: MerchantKind | "kind";
  /** The merchant's name as the set wrote it ("" for withdrawals, checks, fees). */
  merchant: string;
}

export function seededRandom(seed: number): Random {
  return mulberry32(seed);
}

function amountText(random: Random, min: number, max: number, isCredit: boolean): string {
  const cents = Math.round((min + random() * (max - min)) * 100);
  const text = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;
  return isCredit ? text : `-${text}`;
}

interface HouseholdSpec {
  id: string;
  language: "fr" | "en";
  seed: number;
  /** The household files some merchants differently from the common choice: online learning must follow. */
  overrides: Record<string, string>;
}

export const HOUSEHOLDS: readonly HouseholdSpec[] = [
  { id: "fr-paris", language: "fr", seed: 11, overrides: { "AMAZON PAYMENTS": "400740", "UBER EATS": "400160", "BOULANGERIE DES LILAS": "400160" } },
  { id: "fr-lyon", language: "fr", seed: 23, overrides: { "DECATHLON RUNNING": "400720", "STARBUCKS": "400160" } },
  { id: "uk-london", language: "en", seed: 37, overrides: { "PRET A MANGER": "400160", "AMAZON.CO.UK": "400750" } },
  { id: "uk-leeds", language: "en", seed: 41, overrides: { "GREGGS": "400160", "TESCO EXPRESS": "400160" } },
];

/** Chooses which merchants a household uses: every recurring bill, a share of the shops. */
function chooseMerchants(random: Random, all: readonly EvalMerchant[]): EvalMerchant[] {
  const byCategoryAndWording = new Map<string, EvalMerchant[]>();
  for (const merchant of all) {
    const key = `${merchant.categoryId}/${merchant.wording}/${merchant.kind}`;
    byCategoryAndWording.set(key, [...(byCategoryAndWording.get(key) ?? []), merchant]);
  }
  const chosen: EvalMerchant[] = [];
  for (const group of byCategoryAndWording.values()) {
    const isRecurring = group[0]!.wording !== "card";
    const count = isRecurring ? 1 : Math.max(1, Math.round(group.length * (0.3 + random() * 0.3)));
    const shuffled = [...group].sort(() => random() - 0.5);
    chosen.push(...shuffled.slice(0, count));
  }
  return chosen;
}

function* daysOf2024(): Generator<Day> {
  for (let month = 1; month <= 12; month++) {
    const days = new Date(Date.UTC(2024, month, 0)).getUTCDate();
    for (let day = 1; day <= days; day++) yield { year: 2024, month, day };
  }
}

export function generateHousehold(spec: HouseholdSpec): EvalRow[] {
  const random = seededRandom(spec.seed);
  const merchants = chooseMerchants(random, spec.language === "fr" ? FR_MERCHANTS : EN_MERCHANTS);
  const format = spec.language === "fr" ? frenchLabel : englishLabel;
  const rows: EvalRow[] = [];
  const iso = (d: Day) => `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
  const add = (d: Day, wording: Parameters<typeof format>[1], name: string, categoryId: string, amount: string, merchantKind: EvalRow["merchantKind"]) =>
    rows.push({ household: spec.id, label: format(random, wording, name, d, amount), amount, date: iso(d), categoryId, merchantKind, merchant: name });
  const recurringDay = new Map(merchants.map((m) => [m.name, 1 + Math.floor(random() * 27)]));
  for (const d of daysOf2024()) {
    for (const merchant of merchants) {
      const categoryId = spec.overrides[merchant.name] ?? merchant.categoryId;
      if (merchant.wording !== "card") {
        const isDue = merchant.perMonth >= 1 ? d.day === recurringDay.get(merchant.name) : d.day === recurringDay.get(merchant.name) && random() < merchant.perMonth;
        if (isDue) add(d, merchant.wording, merchant.name, categoryId, amountText(random, merchant.min, merchant.max, merchant.wording === "credit"), merchant.kind);
      } else if (random() < merchant.perMonth / 30) {
        const isRefund = random() < 0.02;
        add(d, "card", merchant.name, categoryId, amountText(random, merchant.min, merchant.max, isRefund), merchant.kind);
      }
    }
    if (random() < 3 / 30) add(d, "withdrawal", "", "300", amountText(random, 20, 100, false).replace(/\.\d\d$/, ".00"), "kind");
    if (random() < 0.4 / 30) add(d, "check", "", "200", amountText(random, 15, 300, random() < 0.3), "kind");
    if (random() < 0.5 / 30) add(d, "fee", "", "400340", amountText(random, 1, 12, false), "kind");
  }
  return rows;
}

export function generateEvaluationSet(): EvalRow[] {
  return HOUSEHOLDS.flatMap(generateHousehold);
}

if (process.argv[1] && /generate\.ts$/.test(process.argv[1])) {
  for (const row of generateEvaluationSet()) console.log(JSON.stringify(row));
}
void pick;
