/** Everyday card spending on the French checking account: groceries, bakery, restaurants, cash, shopping. Pure. */
import { dayOf, ddmm, type Month } from "../months";
import type { Random } from "../random";
import type { DemoRow } from "../types";

export const DEBIT_CARD = "X4821";

interface Merchant {
  name: string;
  minMinor: number;
  maxMinor: number;
}

const GROCERIES: Merchant[] = [
  { name: "CARREFOUR MARKET PARIS 11", minMinor: 1850, maxMinor: 9640 },
  { name: "MONOPRIX PARIS REPUBLIQUE", minMinor: 920, maxMinor: 5480 },
  { name: "LIDL 1623 PARIS", minMinor: 1540, maxMinor: 7230 },
  { name: "FRANPRIX 5042", minMinor: 480, maxMinor: 2860 },
  { name: "PICARD SURGELES", minMinor: 1290, maxMinor: 4670 },
  { name: "BIOCOOP OBERKAMPF", minMinor: 1120, maxMinor: 5320 },
];
const BAKERY: Merchant[] = [
  { name: "BOULANGERIE JULIEN", minMinor: 210, maxMinor: 890 },
  { name: "PAUL GARE DE LYON", minMinor: 380, maxMinor: 1150 },
];
const RESTAURANTS: Merchant[] = [
  { name: "LE PETIT BISTROT", minMinor: 2400, maxMinor: 6800 },
  { name: "SUSHI SHOP PARIS", minMinor: 1890, maxMinor: 4650 },
  { name: "BIG MAMMA EAST MAMMA", minMinor: 3200, maxMinor: 8900 },
  { name: "STARBUCKS COFFEE", minMinor: 450, maxMinor: 1290 },
  { name: "CAFE CHARLOT", minMinor: 380, maxMinor: 2400 },
];
const SHOPPING: Merchant[] = [
  { name: "DECATHLON PARIS MADELEINE", minMinor: 1999, maxMinor: 8999 },
  { name: "FNAC FORUM DES HALLES", minMinor: 1499, maxMinor: 12900 },
  { name: "UNIQLO PARIS", minMinor: 1990, maxMinor: 7990 },
  { name: "PHARMACIE DU MARCHE", minMinor: 590, maxMinor: 2840 },
  { name: "IKEA PARIS NORD 2", minMinor: 2490, maxMinor: 18900 },
];

function amount(r: Random, m: Merchant): number {
  return -r.int(m.minMinor, m.maxMinor);
}

function cardLine(date: string, merchant: string): string {
  return `CARTE ${DEBIT_CARD} ${ddmm(date)} ${merchant}`;
}

export function everydaySpending(r: Random, m: Month): DemoRow[] {
  const rows: DemoRow[] = [];
  const days = Number(dayOf(m, 31).slice(8, 10));
  for (let day = 1; day <= days; day++) {
    const date = dayOf(m, day);
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    const add = (kind: string, list: Merchant[]) => {
      const merchant = list[Math.floor(r.next() * list.length)] as Merchant;
      rows.push({ date, amountMinor: amount(r, merchant), label: cardLine(date, merchant.name), key: `${kind}${rows.length}` });
    };
    if (r.chance(weekday === 6 ? 0.8 : 0.3)) add("g", GROCERIES);
    if (r.chance(0.35)) add("b", BAKERY);
    if (r.chance(weekday === 5 || weekday === 6 ? 0.45 : 0.12)) add("r", RESTAURANTS);
    if (r.chance(0.05)) add("s", SHOPPING);
  }
  const cashDay = dayOf(m, r.int(3, 26));
  rows.push({ date: cashDay, amountMinor: -r.pick([4000, 6000, 8000]), label: `RETRAIT DAB ${ddmm(cashDay)} PARIS 11 ${DEBIT_CARD}`, key: "atm" });
  return rows;
}
