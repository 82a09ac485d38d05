import { describe, expect, it } from "vitest";
import { NaiveBayes, extractFeatures, parseModelState, amountBucket } from "../../../lib/categorizer/model";
import { normalizeLabel } from "../../../lib/categorizer/normalize";

const featuresOf = (label: string, amountMinor = -2000n) => {
  const n = normalizeLabel(label, amountMinor > 0n);
  return extractFeatures(n.tokens, n.kind, amountMinor);
};

describe("household naive Bayes model", () => {
  it("knows nothing at first, then predicts what it was taught, with a confidence in 0..1", () => {
    const model = new NaiveBayes();
    expect(model.predict(featuresOf("CB RIMONE 12/03"))).toBeNull();
    model.learn(featuresOf("CB RIMONE 12/03"), "400810");
    model.learn(featuresOf("CB CARREFOUR MARKET 13/03"), "400110");
    const rimone = model.predict(featuresOf("FACTURE CARTE DU 150324 RIMONE PARIS CARTE 4974XXXXXXXX2335"))!;
    expect(rimone.categoryId).toBe("400810");
    expect(rimone.confidence).toBeGreaterThan(0.5);
    expect(rimone.confidence).toBeLessThanOrEqual(1);
    expect(model.predict(featuresOf("CB CARREFOUR CITY"))!.categoryId).toBe("400110");
  });

  it("does not answer for a label sharing no word with what it learned (the guard)", () => {
    const model = new NaiveBayes();
    model.learn(featuresOf("CB RIMONE 12/03"), "400810");
    expect(model.predict(featuresOf("CB MONOPRIX 12/03"))).toBeNull();
  });

  it("improves with corrections: a second example flips a tie and raises confidence", () => {
    const model = new NaiveBayes();
    model.learn(featuresOf("CB CHEZ TONTON"), "400810");
    model.learn(featuresOf("CB CHEZ MARCEL GARAGE"), "400240");
    const before = model.predict(featuresOf("CB CHEZ TONTON"))!;
    model.learn(featuresOf("CB CHEZ TONTON 14/03"), "400810");
    const after = model.predict(featuresOf("CB CHEZ TONTON 15/03"))!;
    expect(after.categoryId).toBe("400810");
    expect(after.confidence).toBeGreaterThan(before.confidence);
  });

  it("forgets an example exactly (a correction that is itself corrected)", () => {
    const model = new NaiveBayes();
    model.learn(featuresOf("CB RIMONE"), "400810");
    model.learn(featuresOf("CB RIMONE"), "400110", -1);
    expect(model.exampleCount).toBe(1);
    model.learn(featuresOf("CB RIMONE"), "400810", -1);
    expect(model.exampleCount).toBe(0);
    expect(model.predict(featuresOf("CB RIMONE"))).toBeNull();
    expect(model.toJSON().features).toEqual({});
  });

  it("serializes to JSON and back without changing predictions; a corrupt state starts fresh", () => {
    const model = new NaiveBayes();
    model.learn(featuresOf("CB RIMONE"), "400810");
    model.learn(featuresOf("PRLV SEPA FREE MOBILE", -1999n), "400150");
    const restored = parseModelState(JSON.stringify(model.toJSON()));
    for (const label of ["CB RIMONE 12/03", "PRLV FREE MOBILE 123456"]) expect(restored.predict(featuresOf(label))).toEqual(model.predict(featuresOf(label)));
    expect(restored.exampleCount).toBe(2);
    expect(parseModelState("{not json").exampleCount).toBe(0);
    expect(parseModelState(JSON.stringify({ version: 9 })).exampleCount).toBe(0);
  });

  it("uses the sign and the amount bucket (a refund is not a purchase)", () => {
    expect(amountBucket(-60_000n)).toBe("vbexp");
    expect(amountBucket(-1_000n)).toBe("noiseneg");
    expect(amountBucket(250_000n)).toBe("actinc");
    expect(amountBucket(-600n, 0)).toBe("vbexp");
    const keys = featuresOf("VIR ACME", 300_000n).keys;
    expect(keys).toContain("s:+");
    expect(keys).toContain("a:actinc");
    expect(keys).toContain("k:transfer_in");
    expect(keys).toContain("w:ACME");
  });
});
