// Every app page of the demo household fits a 375 px phone: no horizontal scrolling of the whole page (a wide
// table may scroll inside its own frame). Runs after "load the demo" (it reuses that session's cookies) and
// names, for each page that overflows, the widest elements sticking out so the fix is obvious.
import path from "node:path";
import { PHONE, expect, settle } from "../harness.mjs";
import { OFX, writeOfx } from "../files.mjs";

/** The pages reached from the navigation and a few list pages (each entry: where to look, which links to follow). */
const FOLLOW = [
  { from: "/", pattern: /^\/accounts\/(?!new$)[^/?]+$/, then: (href) => [href, `${href}/edit`, `${href}/balance`, `${href}/transactions/new`] },
  { from: "/transactions", pattern: /^\/transactions\/[^/?]+$/, then: (href) => [href, `${href}/edit`, `${href}/categorize`] },
  { from: "/bills", pattern: /^\/bills\/[^/?]+$/, then: (href) => [href] },
  { from: "/rules", pattern: /^\/rules\/[^/?]+\/edit$/, then: (href) => [href, href.replace(/\/edit$/, "/preview")] },
  { from: "/recurring", pattern: /^\/recurring\/(?!transfers)[^/?]+$/, then: (href) => [href] },
];
const EXTRA = ["/transactions", "/accounts/new", "/rules/new", "/recurring/transfers", "/import/history", "/notifications/settings",
  "/settings/api-tokens", "/settings/konnectors", "/connections/new"];

/** How far the page sticks out of the viewport, and the deepest elements that stick out (for the message). */
function measureOverflow() {
  const width = window.innerWidth;
  const overflowPx = document.documentElement.scrollWidth - width;
  if (overflowPx <= 1) return { overflowPx, culprits: [] };
  // An element inside a scrolling frame does not widen the page: skip anything whose ancestor clips or scrolls,
  // except absolutely positioned ones (an .sr-only label escapes a frame that is not its containing block).
  const isClipped = (el) => {
    if (["absolute", "fixed"].includes(window.getComputedStyle(el).position)) return false;
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      const style = window.getComputedStyle(p);
      if (style.overflowX !== "visible") return true;
    }
    return false;
  };
  const culprits = [...document.querySelectorAll("body *")]
    .filter((el) => el.getBoundingClientRect().right > width + 1 && !isClipped(el))
    .filter((el, _, all) => !all.some((other) => other !== el && el.contains(other)))
    .slice(0, 4)
    .map((el) => `<${el.tagName.toLowerCase()}${el.className && typeof el.className === "string" ? ` class="${el.className}"` : ""}> right=${Math.round(el.getBoundingClientRect().right)}`);
  return { overflowPx, culprits };
}

async function hrefsOn(page, pattern) {
  const hrefs = await page.locator("a[href^='/']").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  return [...new Set(hrefs.filter((href) => href && pattern.test(href)))];
}

export const pagesFitPhone = {
  name: "every page fits a 375px phone",
  // The missing bill's 404 document, which Chromium logs.
  allowedConsole: [/status of 404/],
  async run(h, state) {
    expect(state.demoCookies, "the demo journey ran first (its session is reused)");
    if (h.context) await h.context.close();
    h.context = await h.browser.newContext({ viewport: PHONE, locale: "en-GB", baseURL: h.baseUrl, storageState: state.demoCookies });
    const page = await h.context.newPage();
    page.setDefaultTimeout(30_000);
    h.watch(page);
    h.page = page;

    const failures = [];
    let shot = 0;
    const check = async (what) => {
      const { overflowPx, culprits } = await page.evaluate(measureOverflow);
      if (overflowPx > 1) {
        failures.push(`${what}: ${overflowPx}px wider than the phone; sticking out: ${culprits.join(", ") || "?"}`);
        await page.screenshot({ path: path.join(h.screenshotsDir, `${h.journey}-${String(++shot).padStart(2, "0")}-overflow-phone.png`), fullPage: true });
      }
    };

    // The explorer became the transactions page: an old link keeps its filter.
    await h.visit("/explore?q=lidl&period=3m");
    const landed = new URL(page.url());
    expect(landed.pathname === "/transactions" && landed.searchParams.get("q") === "lidl" && landed.searchParams.get("period") === "3m",
      `/explore redirects to /transactions with its query, got ${page.url()}`);
    expect(await page.locator("#f-q").inputValue() === "lidl", "the redirected page shows the filter");

    await h.visit("/");
    const navHrefs = await page.locator("nav.nav a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    const pages = new Set([...navHrefs.filter((href) => href?.startsWith("/")), ...EXTRA]);
    for (const follow of FOLLOW) {
      await h.visit(follow.from);
      const [first] = await hrefsOn(page, follow.pattern);
      if (first) for (const href of follow.then(first)) pages.add(href);
    }
    for (const href of pages) {
      await h.visit(href);
      await check(href);
    }

    // A missing record keeps the app's navigation and offers a way back, with a real 404 status (no loading
    // boundary above a detail page: see components/page-loading.tsx).
    const missing = await page.goto(h.url("/bills/no-such-bill"), { waitUntil: "load" });
    expect(missing?.status() === 404, `/bills/no-such-bill answers 404, got ${missing?.status()}`);
    await page.getByRole("heading", { name: "Page not found" }).waitFor();
    expect(await page.locator("nav.nav a").count() > 0, "the 404 page inside the app keeps the navigation");
    await check("/bills/no-such-bill (404)");

    // The import preview (client state, not a URL): a file's rows before anything is written.
    await h.visit("/import");
    await page.locator("input[type=file]").setInputFiles(writeOfx(state.tmpDir));
    await page.getByRole("button", { name: `Import ${OFX.rows.length} transactions` }).waitFor({ timeout: 60_000 });
    await settle(page, 2_000);
    await check("/import (preview of an OFX)");

    expect(failures.length === 0, `${failures.length} page(s) wider than a 375px phone:\n${failures.join("\n")}`);
  },
};
