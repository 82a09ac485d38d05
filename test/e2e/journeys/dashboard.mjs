// The dashboard's figures: the EUR balance is the OFX account's closing balance plus the CSV rows' sum, this
// month's income is the sum of the credits of both files, and the charts are drawn.
import { expect } from "../harness.mjs";
import { CSV, OFX } from "../files.mjs";

const digits = (text) => text.replace(/\D/g, "");

const centsOf = (amount) => BigInt(amount.replace(/[.,]/, ""));
const csvCents = () => CSV.rows.map((row) => centsOf(row[2]));
const ofxCents = () => OFX.rows.map((row) => centsOf(row.amount));

export const dashboard = {
  name: "dashboard shows the right figures",
  async run(h) {
    const page = h.page;
    await h.visit("/");
    const expectedCents = centsOf(OFX.closingBalance) + csvCents().reduce((a, b) => a + b, 0n);
    const incomeCents = [...csvCents(), ...ofxCents()].filter((c) => c > 0n).reduce((a, b) => a + b, 0n);
    const totals = await page.locator(".total__value").allInnerTexts();
    expect(totals.some((t) => digits(t) === expectedCents.toString()), `a total of ${expectedCents} cents, got ${JSON.stringify(totals)}`);
    const cards = await page.locator(".account-card").allInnerTexts();
    expect(cards.length === 2, `two account cards, got ${cards.length}`);
    expect(cards.some((c) => digits(c).includes(OFX.closingBalance.replace(".", ""))), "the OFX account shows its bank balance");
    const summary = digits(await page.locator(".totals").innerText());
    expect(summary.includes(incomeCents.toString()), `this month's income ${incomeCents} cents is shown`);
    expect(await page.locator(".recharts-surface").count() >= 2, "the balance and income/expense charts are drawn");
    await h.shoot("dashboard");
  },
};
