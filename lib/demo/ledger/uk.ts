/**
 * The UK current account (GBP), in English bank wording: rent from a let flat in London, its mortgage, council
 * tax and utilities, plus card spending on trips to London every few months. Pure.
 */
import { dayOf, workingDay, type Month } from "../months";
import { randomFor } from "../random";
import type { DemoRow } from "../types";

const TRIP_SPENDING: { name: string; minMinor: number; maxMinor: number }[] = [
  { name: "TESCO STORES 3021 LONDON", minMinor: 640, maxMinor: 4280 },
  { name: "SAINSBURYS S/MKTS", minMinor: 820, maxMinor: 3650 },
  { name: "PRET A MANGER", minMinor: 495, maxMinor: 1380 },
  { name: "TFL TRAVEL CH", minMinor: 280, maxMinor: 1470 },
  { name: "WAGAMAMA", minMinor: 1650, maxMinor: 4890 },
  { name: "BOOTS THE CHEMIST", minMinor: 350, maxMinor: 2290 },
];

export function ukMonth(seed: string, m: Month): DemoRow[] {
  const r = randomFor(seed, `uk:${m.key}`);
  const rows: DemoRow[] = [
    { date: workingDay(dayOf(m, 1), "forward"), amountMinor: 115000, label: "FPS CREDIT J SMITH RENT FLAT 2 17 ACRE LANE", key: "rent-in" },
    { date: workingDay(dayOf(m, 5), "forward"), amountMinor: -72340, label: "DD SANTANDER MORTGAGE 0041234567", key: "mortgage" },
    { date: workingDay(dayOf(m, 12), "forward"), amountMinor: -3850, label: "DD THAMES WATER UTILITIES", key: "water" },
    { date: workingDay(dayOf(m, 15), "forward"), amountMinor: -r.int(4200, 8900), label: "DD OCTOPUS ENERGY LTD", key: "energy" },
    { date: workingDay(dayOf(m, 20), "forward"), amountMinor: -1200, label: "DD VODAFONE LTD", key: "phone" },
    { date: workingDay(dayOf(m, 3), "forward"), amountMinor: -9200, label: "DD FOXTONS LETTINGS FEE", key: "agent" },
  ];
  // Council tax: ten monthly instalments, April to January.
  if (m.month >= 4 || m.month === 1) rows.push({ date: workingDay(dayOf(m, 1), "forward"), amountMinor: -14200, label: "DD LAMBETH COUNCIL TAX", key: "council" });
  // A few trips to London a year, in months of their own (not a calendar pattern a detector would call recurring).
  if (r.chance(0.3)) {
    const start = r.int(4, 20);
    for (let day = start; day < start + 4; day++) {
      const date = dayOf(m, day);
      for (let i = 0; i < 3; i++) {
        if (!r.chance(0.6)) continue;
        const shop = r.pick(TRIP_SPENDING);
        rows.push({ date, amountMinor: -r.int(shop.minMinor, shop.maxMinor), label: `CARD PAYMENT TO ${shop.name} ON ${date.slice(8, 10)}-${date.slice(5, 7)}`, key: `trip${i}` });
      }
    }
  }
  if (m.month === 4) rows.push({ date: dayOf(m, 5), amountMinor: r.int(300, 900), label: "INTEREST PAID GROSS", key: "interest" });
  return rows;
}
