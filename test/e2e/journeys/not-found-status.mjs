// A missing page answers a real 404, not a 200 carrying a "not found" text: a mistyped address, a record id that
// does not exist and another household's record (whose existence must not leak either) all answer HTTP 404 on a
// direct load, with the app's navigation kept; the real pages still answer 200. Self-contained (two users made
// with the CLI, one bank file each), so `npm run test:e2e -- --only 404` runs it alone.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { expect } from "../harness.mjs";
import { writeOfx } from "../files.mjs";

function cli(h, args) {
  const result = spawnSync(process.execPath, [path.join(h.env.root, "bin/tirelire.mjs"), ...args], {
    env: { ...process.env, ...h.env.serverEnv }, encoding: "utf8",
  });
  expect(result.status === 0, `tirelire ${args.slice(0, 2).join(" ")} failed: ${result.stderr}`);
  return result.stdout;
}

/** A user owning a household with one imported checking account. */
function createUserWithAccount(h, email, password, file) {
  const created = JSON.parse(cli(h, ["user", "create", "--email", email, "--password", password, "--household", email.split("@")[0], "--json"]));
  cli(h, ["import", file, "--new-account", "--household", created.household.id]);
}

async function signIn(h, email, password) {
  const page = await h.newSession();
  await page.goto(h.url("/signin"), { waitUntil: "networkidle" });
  await page.fill("#email", email);
  await page.fill("#password", password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname === "/");
  return page;
}

/** The first link on `pathname` whose href matches `pattern`. */
async function firstHref(h, pathname, pattern) {
  await h.visit(pathname);
  const hrefs = await h.page.locator("a[href^='/']").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  const href = hrefs.find((candidate) => candidate && pattern.test(candidate));
  expect(href, `${pathname} links to a ${pattern}`);
  return href;
}

export const notFoundStatus = {
  name: "404 status for missing pages and foreign ids",
  // Chromium logs every 404 document it loads.
  allowedConsole: [/status of 404/],
  async run(h, state) {
    const password = state.password;
    const file = writeOfx(state.tmpDir);
    createUserWithAccount(h, "status-owner@example.com", password, file);
    createUserWithAccount(h, "status-other@example.com", password, file);

    // Another household's account and transaction, seen by their owner.
    await signIn(h, "status-other@example.com", password);
    const foreignAccount = await firstHref(h, "/", /^\/accounts\/(?!new$)[^/?]+$/);
    const foreignTransaction = await firstHref(h, "/transactions", /^\/transactions\/[^/?]+$/);

    const page = await signIn(h, "status-owner@example.com", password);
    const ownAccount = await firstHref(h, "/", /^\/accounts\/(?!new$)[^/?]+$/);
    const ownTransaction = await firstHref(h, "/transactions", /^\/transactions\/[^/?]+$/);
    expect(ownAccount !== foreignAccount, "the two households have different accounts");

    const statusOf = async (pathname) => (await page.goto(h.url(pathname), { waitUntil: "load" }))?.status();
    const failures = [];
    for (const pathname of ["/", "/transactions", "/budgets", "/recurring", "/bills", "/rules", "/categories", "/notifications", "/connections",
      ownAccount, `${ownAccount}/balance`, ownTransaction]) {
      const status = await statusOf(pathname);
      if (status !== 200) failures.push(`${pathname}: HTTP ${status}, expected 200`);
    }
    const missing = ["/nope", "/bills/not-an-id", "/transactions/not-an-id", "/recurring/not-an-id", "/rules/not-an-id/edit", "/accounts/not-an-id",
      foreignAccount, `${foreignAccount}/balance`, `${foreignAccount}/edit`, foreignTransaction];
    for (const pathname of missing) {
      const status = await statusOf(pathname);
      if (status !== 404) failures.push(`${pathname}: HTTP ${status}, expected 404`);
      else if (!(await page.getByRole("heading", { name: "Page not found" }).count())) failures.push(`${pathname}: 404 without the "Page not found" page`);
    }
    expect(failures.length === 0, `${failures.length} wrong status(es):\n${failures.join("\n")}`);

    // Inside the app, the not-found page keeps the header: the way back is one click.
    await statusOf(foreignAccount);
    expect(await page.locator("nav.nav a").count() > 0, "the 404 page of a foreign id keeps the navigation");
    await h.shoot("foreign-account-404");
  },
};
