// A second user with an empty household clicks "Load demo", then every main page (the navigation's links, an
// account, a bill, a transaction) opens without an error page or console errors.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { expect } from "../harness.mjs";

function createUser(h, email, password) {
  const result = spawnSync(process.execPath, [path.join(h.env.root, "bin/tirelire.mjs"), "user", "create", "--email", email, "--password", password, "--household", "Démo"], {
    env: { ...process.env, ...h.env.serverEnv }, encoding: "utf8",
  });
  expect(result.status === 0, `tirelire user create failed: ${result.stderr}`);
}

export const loadDemo = {
  name: "load the demo and visit every main page",
  async run(h, state) {
    const email = "demo-e2e@example.com";
    createUser(h, email, state.password);
    const page = await h.newSession();
    await page.goto(h.url("/signin"), { waitUntil: "networkidle" });
    await page.fill("#email", email);
    await page.fill("#password", state.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => url.pathname === "/");
    await page.getByRole("button", { name: "Load demo" }).click();
    await page.locator(".account-card").first().waitFor({ timeout: 180_000 });
    expect(await page.locator(".account-card").count() === 4, "the demo has four accounts");
    await h.shoot("demo-dashboard");

    const navLinks = await page.locator("nav.nav a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    const pages = [...new Set(navLinks.filter((href) => href && href.startsWith("/")))];
    expect(pages.length >= 4, `the navigation lists the main pages, got ${JSON.stringify(pages)}`);
    const accountHref = await page.locator(".account-card").first().getAttribute("href");
    for (const href of [...pages, accountHref]) {
      await h.visit(href);
      await h.shoot(`page${href.replace(/[^a-z0-9]+/gi, "-")}`);
    }
    await h.visit("/bills");
    const bill = page.locator("a[href^='/bills/']").filter({ hasNotText: /^$/ }).first();
    if (await bill.count()) {
      await bill.click();
      await page.waitForURL(/\/bills\/[^/?]+/);
      await h.expectNoErrorPage("bill page");
      await h.shoot("bill");
    }
    state.demoCookies = await h.context.storageState();
  },
};
