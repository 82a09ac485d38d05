// A list page whose `cursor` is malformed (or from another list) answers the page's 404, never a silent first page
// or the "something went wrong" boundary. Self-contained (its own user and bank file, made with the CLI), so
// `npm run test:e2e -- --only cursor` runs it alone.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { expect } from "../harness.mjs";
import { writeOfx } from "../files.mjs";

const EMAIL = "cursor-check@example.com";
const PASSWORD = "cursor-check-password";
const ROWS = "main table tbody tr";

function cli(h, args) {
  const result = spawnSync(process.execPath, [path.join(h.env.root, "bin/tirelire.mjs"), ...args], { env: { ...process.env, ...h.env.serverEnv }, encoding: "utf8" });
  expect(result.status === 0, `tirelire ${args.slice(0, 2).join(" ")} failed: ${result.stderr}`);
  return result.stdout;
}

export const badCursors = {
  name: "malformed list cursors answer 404",
  // Chromium logs every 404 document it loads.
  allowedConsole: [/status of 404/],
  async run(h, state) {
    const created = JSON.parse(cli(h, ["user", "create", "--email", EMAIL, "--password", PASSWORD, "--household", "Cursors", "--json"]));
    cli(h, ["import", writeOfx(state.tmpDir), "--new-account", "--household", created.household.id]);
    const page = await h.signInSession(EMAIL, PASSWORD);
    await h.visit("/");
    const hrefs = await page.locator("a[href^='/accounts/']").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    const account = hrefs.find((href) => /^\/accounts\/(?!new$)[^/?]+$/.test(href ?? ""));
    expect(account, "the dashboard links to the imported account");

    // A bills cursor (tag "b") is a well-formed cursor of the wrong list for the account page.
    const billsCursor = Buffer.from("b|2026-01-01|abc").toString("base64url");
    const failures = [];
    // The transactions and bills lists stream behind their loading skeleton, so their status line (200) is sent before
    // the cursor is read: there the not-found page itself is the answer. The account page answers a real 404.
    const streamed = ["/transactions?cursor=garbage", "/transactions?cursor=2026-02-30_abc", "/bills?cursor=garbage"];
    for (const pathname of [...streamed, `${account}?cursor=garbage`, `${account}?cursor=${billsCursor}`]) {
      const status = (await page.goto(h.url(pathname), { waitUntil: "load" }))?.status();
      const isNotFoundPage = await page.getByRole("heading", { name: "Page not found" }).first().waitFor({ timeout: 10_000 }).then(() => true, () => false);
      if (status !== 404 && !(streamed.includes(pathname) && status === 200)) failures.push(`${pathname}: HTTP ${status}, expected 404`);
      if (!isNotFoundPage) failures.push(`${pathname}: not the "Page not found" page`);
      if (await page.locator(ROWS).count()) failures.push(`${pathname}: rows of a first page are shown`);
    }
    for (const pathname of ["/transactions", "/transactions?cursor=", "/bills", account]) {
      const status = (await page.goto(h.url(pathname), { waitUntil: "load" }))?.status();
      if (status !== 200) failures.push(`${pathname}: HTTP ${status}, expected 200`);
    }
    // The same row selector finds the imported rows on a good page (so its absence above means something).
    await page.goto(h.url("/transactions"), { waitUntil: "load" });
    await page.locator(ROWS).first().waitFor({ timeout: 10_000 }).catch(() => failures.push("/transactions: no row found with the row selector"));
    expect(failures.length === 0, `${failures.length} wrong answer(s):\n${failures.join("\n")}`);
  },
};
