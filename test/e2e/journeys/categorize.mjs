// Recategorize one transaction by hand from the transactions list (the new category sticks after a reload),
// then make a rule from it: the editor opens prefilled, and the saved rule is listed.
import { expect } from "../harness.mjs";

export const recategorize = {
  name: "recategorize a transaction",
  async run(h) {
    const page = h.page;
    await h.visit("/transactions");
    await h.shoot("transactions");
    await page.getByRole("link", { name: /Categori[sz]e: .*decathlon/i }).first().click();
    await page.waitForURL(/\/transactions\/[^/]+\/categorize$/);
    await page.locator("#categoryId").selectOption("400720");
    await page.locator("form:has(#categoryId) button[type=submit]").click();
    await page.getByRole("status").or(page.locator(".alert--success")).first().waitFor({ timeout: 30_000 });
    await h.shoot("categorized");
    await page.reload({ waitUntil: "networkidle" });
    expect(await page.locator("#categoryId").inputValue() === "400720", "the chosen category is saved");
    expect(await page.getByText("Activity equipments").count() > 0, "the page names the new category");

    await page.getByRole("link", { name: "Always categorize transactions like this one" }).click();
    await page.waitForURL(/\/rules\/new\?fromTransaction=/);
    const ruleName = await page.locator("#rule-name").inputValue();
    expect(ruleName.trim().length > 0, "the rule editor is prefilled from the transaction");
    await h.shoot("rule-from-transaction");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.waitForURL(/\/rules\?/);
    expect(await page.getByText(ruleName).count() > 0, `the rules page lists "${ruleName}"`);
    await h.shoot("rules");
  },
};
