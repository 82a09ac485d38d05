// Keyboard only: sign in with the keyboard (type, Tab, Enter), then the skip link and the main navigation with
// Tab and Enter. Every focused control must show a focus ring (an outline at least 2px wide whose colour has a
// 3:1 contrast with the page behind it, WCAG 1.4.11/2.4.7).
import { expect, settle } from "../harness.mjs";

/** What the focused element looks like: its outline and the contrast of the outline with the page background. */
async function focusRing(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const style = window.getComputedStyle(el);
    const rgb = (text) => (text.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const luminance = ([r, g, b]) => {
      const lin = (c) => { const s = c / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    let behind = el.parentElement;
    let background = "rgb(255, 255, 255)";
    while (behind) {
      const color = window.getComputedStyle(behind).backgroundColor;
      if (color && color !== "rgba(0, 0, 0, 0)" && color !== "transparent") { background = color; break; }
      behind = behind.parentElement;
    }
    const [l1, l2] = [luminance(rgb(style.outlineColor)), luminance(rgb(background))].sort((a, b) => b - a);
    return {
      element: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""} "${(el.textContent ?? "").trim().slice(0, 30)}"`,
      outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
      isVisible: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2 && (l1 + 0.05) / (l2 + 0.05) >= 3,
    };
  });
}

async function expectFocusRing(page, what) {
  const ring = await focusRing(page);
  expect(ring, `${what}: something has the focus`);
  expect(ring.isVisible, `${what}: ${ring.element} has no visible focus ring (outline: ${ring.outline})`);
}

async function tabTo(page, isTarget, what, maxTabs = 40) {
  for (let i = 0; i < maxTabs; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(isTarget)) return;
  }
  throw new Error(`${what}: not reached after ${maxTabs} Tab presses`);
}

export const keyboard = {
  name: "keyboard only: sign in and the main navigation",
  async run(h, state) {
    const page = await h.newSession();
    await page.goto(h.url("/signin"), { waitUntil: "networkidle" });
    // The email field has the focus on arrival (autofocus), so typing starts at once.
    expect(await page.evaluate(() => document.activeElement?.id) === "email", "the sign-in page focuses the email field");
    await expectFocusRing(page, "email field");
    await page.keyboard.type(state.email);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id) === "password", "Tab moves from email to password");
    await expectFocusRing(page, "password field");
    await page.keyboard.type(state.password);
    await page.keyboard.press("Tab");
    await expectFocusRing(page, "sign-in button");
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname === "/", { timeout: 30_000 });
    await page.locator("nav.nav").waitFor();
    await settle(page);

    // The first Tab reaches the skip link; Enter on it moves on to the page's content.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.classList.contains("skip-link")), "the first Tab stop is the skip link");
    await expectFocusRing(page, "skip link");
    // Not audited: while it has the focus the skip link lies over the brand link, which axe reports as an obscured
    // target (WCAG 2.5.8); the same page without the transient link is checked in the other steps.
    await h.shoot("skip-link-focused", { isAuditing: false });
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => window.location.hash === "#content"), "the skip link jumps to #content");

    // From the top again: Tab through the navigation to "Budgets", Enter opens it.
    await page.goto(h.url("/"), { waitUntil: "networkidle" });
    await tabTo(page, () => document.activeElement?.closest("nav.nav") !== null && document.activeElement?.textContent === "Budgets", "the Budgets link");
    await expectFocusRing(page, "navigation link");
    await h.shoot("nav-focused");
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname === "/budgets", { timeout: 30_000 });
    await page.getByRole("heading", { name: "Budgets", level: 1 }).waitFor();
  },
};
