// A bank connection through the UI against our faithful SimpleFIN fake (test/fakes/simplefin.ts, loaded with
// tsx) listening on a random 127.0.0.1 port of this runner: paste a setup token, map two of the three accounts
// (the card is skipped), the first sync brings exactly the rows the fake served, a second sync adds none. Then the
// redirect flow against the GoCardless fake: the browser goes to the fake "bank", which sends it back to
// /api/connections/callback, on to mapping and the first sync.
import { tsImport } from "tsx/esm/api";
import { expect } from "../harness.mjs";

const MAPPED = { "ACT-CHK": "Everyday Checking", "ACT-EUR": "Compte Courant" };
const SKIPPED = "ACT-CARD";

/** The rows the fake answered to the sync's /accounts calls (what the fake itself filters on), by kind. */
function servedRows(fake) {
  const booked = new Set();
  const pending = new Set();
  for (const { path, query } of fake.requests) {
    if (path !== "/simplefin/accounts" || query.has("balances-only")) continue;
    const start = Number(query.get("start-date"));
    const end = Number(query.get("end-date"));
    for (const account of fake.accounts.filter((a) => query.getAll("account").includes(a.id))) {
      for (const tx of account.transactions) {
        const when = tx.pending ? tx.transacted_at : tx.posted;
        if (when < start || when >= end || (tx.pending && !query.has("pending"))) continue;
        (tx.pending ? pending : booked).add(tx.id);
      }
    }
  }
  return { booked, pending };
}

async function accountHref(page, name) {
  return page.locator("section.card li a").filter({ hasText: name }).first().getAttribute("href");
}

export const connectAndSync = {
  name: "connect a bank (SimpleFIN fake) and sync",
  async run(h, state) {
    const { startSimplefinFake } = await tsImport("../../fakes/simplefin.ts", import.meta.url);
    const fake = await startSimplefinFake({ seed: 42 });
    try {
      const page = h.page;
      await h.visit("/connections");
      await h.shoot("connections-empty");
      await page.getByRole("link", { name: "Add a connection" }).first().click();
      await page.waitForURL(/\/connections\/new$/);
      await page.getByRole("link", { name: "SimpleFIN", exact: true }).click();
      await page.waitForURL(/provider=simplefin/);
      await page.getByLabel("Name").fill("Fake Credit Union");
      await page.getByLabel("Setup token").fill(fake.createSetupToken());
      await h.shoot("simplefin-token");
      await page.getByRole("button", { name: "Continue" }).click();

      await page.waitForURL(/\/connections\/[^/]+\/accounts$/, { timeout: 30_000 });
      for (const account of fake.accounts) {
        // Labelled "<institution> — <account name>".
        const select = page.getByLabel(account.name);
        await select.selectOption(account.id === SKIPPED ? "skip" : "new");
      }
      await h.shoot("map-accounts");
      await page.getByRole("button", { name: "Save and sync" }).click();
      await page.waitForURL((url) => url.pathname === "/connections", { timeout: 60_000 });

      const first = servedRows(fake);
      expect(first.booked.size > 20, `the fake served the sync's window, got ${first.booked.size} rows`);
      expect(!fake.requests.some((r) => r.query.getAll("account").includes(SKIPPED)), "the skipped card account is never fetched");
      const card = page.locator("section.card").filter({ hasText: "Fake Credit Union" });
      const firstRun = `${first.booked.size + first.pending.size} new · 0 updated · ${first.pending.size} pending`;
      expect(await card.getByText(firstRun).count() === 1, `the first sync reports "${firstRun}", got: ${await card.innerText()}`);
      for (const name of Object.values(MAPPED)) expect(await card.getByRole("link", { name }).count() === 1, `the connection lists ${name}`);
      await h.shoot("synced");

      const checking = await accountHref(page, MAPPED["ACT-CHK"]);
      await h.visit(`${checking}?q=ACME`);
      expect(await page.locator("tbody tr").filter({ hasText: "ACME CORP PAYROLL" }).count() === 1, "the synced salary is listed once");
      await h.visit(checking);
      const balanceBefore = await page.locator(".total__value").first().innerText();
      await h.shoot("synced-account");

      // Again: the overlap window re-reads rows already stored; none may come back as new.
      await h.visit("/connections");
      const requestsBefore = fake.requests.length;
      await page.locator("section.card").filter({ hasText: "Fake Credit Union" }).getByRole("button", { name: "Sync now" }).click();
      const notice = page.getByText(/^Synced: \d+ new, \d+ updated, \d+ pending\.$/);
      await notice.waitFor({ timeout: 60_000 });
      const again = await notice.innerText();
      expect(fake.requests.length > requestsBefore, "the second sync asked the bank again");
      expect(/^Synced: 0 new, 0 updated, /.test(again.trim()), `the second sync adds nothing, got "${again}"`);
      await h.shoot("synced-again");
      await h.visit(`${checking}?q=ACME`);
      expect(await page.locator("tbody tr").filter({ hasText: "ACME CORP PAYROLL" }).count() === 1, "still one salary row after the second sync");
      await h.visit(checking);
      expect(await page.locator(".total__value").first().innerText() === balanceBefore, "the account's balance is unchanged by the second sync");
      state.syncedRows = first.booked.size + first.pending.size;
    } finally {
      await fake.close();
    }
  },
};

export const connectWithRedirect = {
  name: "connect a bank through its redirect (GoCardless fake)",
  async run(h, state) {
    const { startGocardlessFake } = await tsImport("../../fakes/gocardless.ts", import.meta.url);
    const fake = await startGocardlessFake({ seed: 7 });
    try {
      const page = h.page;
      await h.visit("/connections/new?provider=gocardless");
      await page.getByLabel("Name").fill("Fake GoCardless");
      await page.getByLabel("Secret id").fill(fake.secretId);
      await page.getByLabel("Secret key").fill(fake.secretKey);
      await page.getByLabel(/Provider address/).fill(fake.baseUrl);
      await page.getByRole("button", { name: "Continue" }).click();
      await page.waitForURL(/\/connections\/[^/]+\/authorize/, { timeout: 30_000 });
      await page.getByLabel("Bank", { exact: true }).selectOption("SANDBOXFINANCE_SFIN0000");
      await h.shoot("choose-bank");
      await page.getByRole("button", { name: "Continue to the bank" }).click();
      // The fake bank's link answers with a redirect to our callback, which sends the browser on to mapping.
      await page.waitForURL(/\/connections\/[^/]+\/accounts$/, { timeout: 30_000 });
      const requisition = [...fake.requisitions.values()][0];
      expect(requisition?.status === "LN" && new URL(requisition.redirect).pathname === "/api/connections/callback", "the requisition was linked and pointed back to our callback");
      await h.shoot("map-accounts");
      await page.getByRole("button", { name: "Save and sync" }).click();
      await page.waitForURL((url) => url.pathname === "/connections", { timeout: 60_000 });

      const booked = fake.accounts.reduce((n, a) => n + a.booked.length, 0);
      const pending = fake.accounts.reduce((n, a) => n + a.pending.length, 0);
      const card = page.locator("section.card").filter({ hasText: "Fake GoCardless" });
      const firstRun = `${booked + pending} new · 0 updated · ${pending} pending`;
      expect(await card.getByText(firstRun).count() === 1, `the first sync reports "${firstRun}", got: ${await card.innerText()}`);
      await h.shoot("synced");
      await card.getByRole("button", { name: "Sync now" }).click();
      const notice = card.getByText(/^Synced: \d+ new, \d+ updated, \d+ pending\.$/);
      await notice.waitFor({ timeout: 60_000 });
      expect(/^Synced: 0 new, 0 updated, /.test((await notice.innerText()).trim()), `the second sync adds nothing, got "${await notice.innerText()}"`);
      state.syncedRows = (state.syncedRows ?? 0) + booked + pending;
    } finally {
      await fake.close();
    }
  },
};
