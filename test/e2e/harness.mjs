// The e2e harness: one Chromium (Debian's, through playwright-core), a signed-in desktop page, a phone-sized
// twin sharing its cookies for screenshots, console/page errors collected per journey, and small assertions.
import fs from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
import { A11yLog, auditPage } from "./a11y.mjs";

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 375, height: 812 };

// STACK.md: the flags that work for Debian's Chromium in a container.
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
  "--disable-sync", "--disable-quic", "--no-first-run", "--disable-dev-shm-usage"];

export class AssertionError extends Error {}

/** "/accounts/cmh2x…/edit" → "/accounts/:id/edit": record ids (cuids, uuids, numbers) stand for their route. */
export function routeOf(pathname) {
  return pathname.split("/").map((part) => (/^(?=.*\d)[a-z0-9_-]{16,}$/i.test(part) || /^\d+$/.test(part) ? ":id" : part)).join("/");
}

/**
 * Waits for the network to go quiet, but not forever: pages with many links keep Next's prefetches going, and
 * a page that is still fetching after a few seconds is screenshotted as it is.
 */
export async function settle(page, timeoutMs = 8_000) {
  await page.waitForLoadState("networkidle", { timeout: timeoutMs }).catch(() => undefined);
}

export function expect(condition, message) {
  if (!condition) throw new AssertionError(message);
}

export async function launchBrowser(executablePath) {
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

export class Harness {
  constructor({ browser, baseUrl, screenshotsDir, env }) {
    this.browser = browser;
    this.baseUrl = baseUrl;
    this.screenshotsDir = screenshotsDir;
    this.env = env;
    this.errors = [];
    this.journey = "setup";
    this.shots = 0;
    this.a11y = new A11yLog();
    /** Every route and size the check ran on ("/accounts/:id (phone)"), for the summary. */
    this.audited = new Set();
    this.isAuditing = process.env.E2E_AXE !== "0";
    this.auditMs = 0;
    /** The last page visit() opened, until it is checked. */
    this.pendingAudit = null;
    fs.mkdirSync(screenshotsDir, { recursive: true });
  }

  url(pathname) {
    return new URL(pathname, this.baseUrl).toString();
  }

  /** A fresh browser context (no cookies) at desktop size; its page reports console errors to this journey. */
  async newSession(locale = "en-GB", contextOptions = {}) {
    await this.flushAudit();
    if (this.context) await this.context.close();
    // E2E_COLOR_SCHEME=dark runs every journey against the dark palette (the French journey always does).
    const colorScheme = process.env.E2E_COLOR_SCHEME === "dark" ? "dark" : "light";
    this.context = await this.browser.newContext({ viewport: DESKTOP, locale, baseURL: this.baseUrl, colorScheme, ...contextOptions });
    this.page = await this.context.newPage();
    this.page.setDefaultTimeout(30_000);
    this.watch(this.page);
    return this.page;
  }

  /** A fresh session signed in through the sign-in form (also how a failed journey's successors get a clean start). */
  async signInSession(email, password) {
    const page = await this.newSession();
    await page.goto(this.url("/signin"), { waitUntil: "networkidle" });
    await page.fill("#email", email);
    await page.fill("#password", password);
    await page.locator("form button[type=submit]").click();
    await page.waitForURL((url) => url.pathname === "/", { timeout: 30_000 });
    return page;
  }

  watch(page) {
    page.on("console", (message) => {
      if (message.type() !== "error") return;
      const where = message.location()?.url;
      this.errors.push(`${this.journey}: console on ${page.url()}: ${message.text()}${where ? ` (${where})` : ""}`);
    });
    page.on("pageerror", (error) => this.errors.push(`${this.journey}: page error: ${error.message}`));
  }

  /** Errors collected since the journey started (and clears them). */
  takeErrors() {
    const errors = this.errors;
    this.errors = [];
    return errors;
  }

  /** axe-core on the page as it is now; serious/critical findings are kept for the journey's verdict. */
  async audit(size) {
    this.pendingAudit = null;
    if (!this.isAuditing) return;
    const pathname = new URL(this.page.url()).pathname;
    const started = performance.now();
    this.a11y.add(await auditPage(this.page), pathname, size);
    this.auditMs += performance.now() - started;
    this.audited.add(`${routeOf(pathname)} (${size})`);
  }

  /**
   * The page a journey visited but did not screenshot gets its check at both sizes before the journey moves on
   * (once per route and size: /accounts/:id at phone size is checked on one account, not on each).
   */
  async flushAudit() {
    const pending = this.pendingAudit;
    this.pendingAudit = null;
    if (!pending || pending.page !== this.page || pending.page.isClosed() || !this.isAuditing) return;
    const route = routeOf(new URL(this.page.url()).pathname);
    const viewport = this.page.viewportSize() ?? DESKTOP;
    const current = viewport.width <= PHONE.width ? "phone" : "desktop";
    if (!this.audited.has(`${route} (${current})`)) await this.audit(current);
    const other = current === "phone" ? "desktop" : "phone";
    if (this.audited.has(`${route} (${other})`)) return;
    await this.page.setViewportSize(other === "phone" ? PHONE : DESKTOP);
    try {
      await this.page.waitForTimeout(150);
      await this.audit(other);
    } finally {
      await this.page.setViewportSize(viewport);
    }
  }

  /**
   * Desktop screenshot of the current page, then the SAME page (its client state kept: a mapping screen, an
   * upload result) resized to a 375×812 phone. Files: <dir>/<journey>-<nn>-<step>-desktop.png / -phone.png.
   * Each size also gets the accessibility check, unless the step is a transient state axe would misjudge.
   */
  async shoot(step, { isAuditing = true } = {}) {
    const base = `${this.journey}-${String(++this.shots).padStart(2, "0")}-${step}`;
    // From the top: a full-page shot of a scrolled page paints the sticky header in the middle.
    await this.page.evaluate(() => window.scrollTo(0, 0));
    await this.page.screenshot({ path: path.join(this.screenshotsDir, `${base}-desktop.png`), fullPage: true });
    if (isAuditing) await this.audit("desktop");
    await this.page.setViewportSize(PHONE);
    try {
      await this.page.waitForTimeout(250); // let resize-driven layouts (charts) settle
      await this.page.screenshot({ path: path.join(this.screenshotsDir, `${base}-phone.png`), fullPage: true });
      if (isAuditing) await this.audit("phone");
      const overflow = await this.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 1) this.notes.push(`${base}: page is ${overflow}px wider than a 375px phone`);
    } finally {
      await this.page.setViewportSize(DESKTOP);
    }
  }

  /** Navigates and checks the page is not an error page (status and the app's error boundary). */
  async visit(pathname) {
    await this.flushAudit();
    const response = await this.page.goto(this.url(pathname), { waitUntil: "load" });
    await settle(this.page);
    expect(response && response.status() < 400, `${pathname}: HTTP ${response?.status()}`);
    await this.expectNoErrorPage(pathname);
    this.pendingAudit = { page: this.page };
    return response;
  }

  async expectNoErrorPage(what) {
    const hasBoundary = await this.page.locator("main.auth [role=alert] h1").count();
    expect(!hasBoundary, `${what}: the error page is shown`);
  }

  notes = [];
}
