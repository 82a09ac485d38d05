import { describe, expect, it } from "vitest";
import { detectTransfers, hasTransferHint, pairKey, type TransferTransaction } from "../../../lib/reconcile/transfers";

let n = 0;
const t = (accountId: string, date: string, amountMinor: bigint, label = "VIR INTERNE", extra: Partial<TransferTransaction> = {}): TransferTransaction => ({
  id: `t${++n}`, accountId, date, amountMinor, currency: "EUR", label, ...extra,
});
const pairs = (found: ReturnType<typeof detectTransfers>) => found.map((p) => `${p.outId}>${p.inId}`);

describe("internal transfer detection", () => {
  it("pairs a debit with the opposite credit on another account within a few days", () => {
    const out = t("checking", "2024-03-01", -50000n, "VIR SEPA VERS LIVRET A");
    const inn = t("savings", "2024-03-02", 50000n, "VIREMENT RECU");
    expect(detectTransfers([out, inn])).toEqual([{ outId: out.id, inId: inn.id, amountMinor: 50000n, currency: "EUR", score: expect.any(Number) }]);
  });

  it("needs two different accounts, the same currency, the exact opposite amount and at most maxDays", () => {
    const out = t("checking", "2024-03-01", -50000n);
    expect(detectTransfers([out, t("checking", "2024-03-01", 50000n)])).toEqual([]);
    expect(detectTransfers([out, t("savings", "2024-03-01", 50000n, "VIR", { currency: "USD" })])).toEqual([]);
    expect(detectTransfers([out, t("savings", "2024-03-01", 49999n)])).toEqual([]);
    expect(detectTransfers([out, t("savings", "2024-03-05", 50000n)])).toEqual([]);
    expect(detectTransfers([out, t("savings", "2024-03-04", 50000n)])).toHaveLength(1);
    expect(detectTransfers([out, t("savings", "2024-03-06", 50000n)], { maxDays: 5 })).toHaveLength(1);
  });

  it("requires a transfer word unless both sides are booked the same day", () => {
    const salaryOut = t("card", "2024-03-01", -200000n, "CB FNAC");
    expect(detectTransfers([salaryOut, t("checking", "2024-03-02", 200000n, "SALAIRE ACME")])).toEqual([]);
    expect(detectTransfers([salaryOut, t("checking", "2024-03-01", 200000n, "REMISE")])).toHaveLength(1);
    expect(hasTransferHint("Virement épargne")).toBe(true);
    expect(hasTransferHint("CB VIRGIN MEGASTORE")).toBe(false);
  });

  it("pairs one-to-one, each debit with its closest credit (global assignment)", () => {
    const jan = t("checking", "2024-01-31", -10000n);
    const feb = t("checking", "2024-02-02", -10000n);
    const janIn = t("savings", "2024-01-31", 10000n);
    const febIn = t("savings", "2024-02-03", 10000n);
    expect(pairs(detectTransfers([jan, feb, janIn, febIn])).sort()).toEqual([`${jan.id}>${janIn.id}`, `${feb.id}>${febIn.id}`].sort());
    expect(detectTransfers([jan, feb, janIn])).toHaveLength(1);
  });

  it("leaves out transactions already in a transfer and pairs the user rejected", () => {
    const out = t("checking", "2024-03-01", -50000n);
    const inn = t("savings", "2024-03-01", 50000n);
    expect(detectTransfers([out, { ...inn, transferId: "x" }])).toEqual([]);
    expect(detectTransfers([out, inn], { rejectedPairs: new Set([pairKey(out.id, inn.id)]) })).toEqual([]);
  });
});
