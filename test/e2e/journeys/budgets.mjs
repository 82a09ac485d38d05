// Budgets: a monthly budget for the category the recategorize journey gave the DECATHLON purchase; its progress
// shows exactly that purchase (the only row in the category), then a lower amount exceeds it: the bar turns to
// "over", the overspend is named and the alert reaches the notifications page.
import { expect } from "../harness.mjs";
import { OFX } from "../files.mjs";

const CATEGORY_ID = "400720"; // "Activity equipments", chosen by hand in categorize.mjs
const CATEGORY_NAME = "Activity equipments";

/** "-331.13" → 33113n (the absolute amount in cents). */
const absCents = (amount) => BigInt(amount.replace(/[-.]/g, ""));
const euros = (cents) => `€${(cents / 100n).toLocaleString("en")}.${String(cents % 100n).padStart(2, "0")}`;

async function budgetCard(page) {
  const card = page.locator("section.budget-row").filter({ has: page.getByRole("heading", { name: CATEGORY_NAME }) });
  await card.waitFor();
  return card;
}

/** Waits until the card's text holds the expected figures (a server action re-renders it), else says what it shows. */
async function expectFigures(card, expected) {
  const deadline = Date.now() + 15_000;
  let text = "";
  while (Date.now() < deadline) {
    text = (await card.innerText()).replace(/\s+/g, " ");
    if (text.includes(expected)) return;
    await card.page().waitForTimeout(200);
  }
  throw new Error(`budget card: expected "${expected}", got "${text}"`);
}

export const budgets = {
  name: "set a budget and see its progress",
  async run(h) {
    const page = h.page;
    const spentCents = absCents(OFX.rows.find((r) => r.name.includes("DECATHLON")).amount);
    await h.visit("/budgets");
    await page.locator("#new-categoryId").selectOption(CATEGORY_ID);
    await page.locator("#new-amount").fill("500");
    await page.getByRole("button", { name: "Add budget" }).click();

    let card = await budgetCard(page);
    const limitCents = 50_000n;
    await expectFigures(card, `${euros(spentCents)} spent of ${euros(limitCents)} · ${euros(limitCents - spentCents)} left`);
    const bar = card.getByRole("progressbar", { name: CATEGORY_NAME });
    const percent = Number((spentCents * 100n + limitCents / 2n) / limitCents);
    expect(await bar.getAttribute("aria-valuenow") === String(percent), `the progress bar says ${percent}%, got ${await bar.getAttribute("aria-valuenow")}`);
    expect(await card.locator(".progress__bar--over").count() === 0, "a budget not yet spent is not shown as over");
    await h.shoot("budget-progress");

    // Lower the budget below what was spent: the bar fills, the overspend is named, an alert is recorded.
    await card.locator("summary").click();
    const lowerCents = 30_000n;
    await card.locator("input[name=amount]").fill("300");
    await card.getByRole("button", { name: "Save" }).click();
    card = await budgetCard(page);
    await expectFigures(card, `${euros(spentCents)} spent of ${euros(lowerCents)} · ${euros(spentCents - lowerCents)} over budget`);
    expect(await card.getByText("Over budget", { exact: true }).count() === 1, "the card is marked over budget");
    expect(await card.locator(".progress__bar--over").count() === 1, "the bar is drawn as over budget");
    expect(await card.getByRole("progressbar").getAttribute("aria-valuenow") === "100", "the bar is full");
    await h.shoot("budget-exceeded");

    await h.visit("/notifications");
    const alert = page.getByText(`Budget exceeded: ${CATEGORY_NAME}`);
    expect(await alert.count() >= 1, "the notifications page lists the budget alert");
    expect(await page.getByText(`${euros(spentCents)} spent of ${euros(lowerCents)}`).count() >= 1, "the alert names the figures");
    await h.shoot("budget-alert");
  },
};
