// Changing the password on the settings page: the form's errors (wrong current password, mismatched confirmation),
// then the change. This browser stays signed in; a second browser signed in before is signed out at its next page;
// after signing out, the old password fails and the new one signs in. Self-contained (its own user, made with the
// CLI), so `npm run test:e2e -- --only password` runs it alone, and the other journeys' password is untouched.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { expect } from "../harness.mjs";

const EMAIL = "password-change@example.com";
const OLD_PASSWORD = "first-password-1234";
const NEW_PASSWORD = "second-password-5678";

function createUser(h) {
  const result = spawnSync(process.execPath, [path.join(h.env.root, "bin/tirelire.mjs"), "user", "create", "--email", EMAIL, "--password", OLD_PASSWORD,
    "--household", "Password change", "--json"], { env: { ...process.env, ...h.env.serverEnv }, encoding: "utf8" });
  expect(result.status === 0, `tirelire user create failed: ${result.stderr}`);
}

/** Fills the sign-in form of `page` and submits it. */
async function submitSignIn(page, password) {
  await page.fill("#email", EMAIL);
  await page.fill("#password", password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

async function submitPasswordForm(page, { current, next, confirm }) {
  await page.fill("#currentPassword", current);
  await page.fill("#newPassword", next);
  await page.fill("#confirmPassword", confirm);
  await page.getByRole("button", { name: "Change password" }).click();
}

export const changePasswordJourney = {
  name: "change the password in the settings",
  // The old password's refused sign-in answers 401, which Chromium logs.
  allowedConsole: [/status of 401/],
  async run(h) {
    createUser(h);
    // A second browser (another device), signed in before the change.
    const otherContext = await h.browser.newContext({ baseURL: h.baseUrl });
    try {
      const other = await otherContext.newPage();
      await other.goto(h.url("/signin"), { waitUntil: "networkidle" });
      await submitSignIn(other, OLD_PASSWORD);
      await other.waitForURL((url) => url.pathname === "/", { timeout: 30_000 });

      const page = await h.signInSession(EMAIL, OLD_PASSWORD);
      await h.visit("/settings");
      const form = page.locator("form").filter({ has: page.locator("#currentPassword") });

      await submitPasswordForm(page, { current: "not-my-password", next: NEW_PASSWORD, confirm: NEW_PASSWORD });
      await page.locator("#currentPassword-error").waitFor();
      expect((await page.locator("#currentPassword-error").textContent()).includes("current password is not right"), "a wrong current password is named");
      expect(await page.locator("#currentPassword").getAttribute("aria-invalid") === "true", "the current password field is marked invalid");

      await submitPasswordForm(page, { current: OLD_PASSWORD, next: NEW_PASSWORD, confirm: `${NEW_PASSWORD}x` });
      await page.locator("#confirmPassword-error").waitFor();
      expect((await page.locator("#confirmPassword-error").textContent()).includes("do not match"), "a mismatched confirmation is named");
      expect(await page.locator("#currentPassword-error").count() === 0, "the earlier error is gone");
      await h.shoot("password-mismatch");

      await submitPasswordForm(page, { current: OLD_PASSWORD, next: NEW_PASSWORD, confirm: NEW_PASSWORD });
      await form.getByRole("status").waitFor();
      expect((await form.getByRole("status").textContent()).includes("Password changed"), "the change is confirmed");
      expect(await page.inputValue("#newPassword") === "", "the password fields are emptied");
      await h.shoot("password-changed");

      // This browser is still signed in (renewed session); the other one is signed out at its next page.
      await h.visit("/settings");
      expect(new URL(page.url()).pathname === "/settings", `this session stays valid after the change, got ${page.url()}`);
      await other.goto(h.url("/"), { waitUntil: "networkidle" });
      expect(new URL(other.url()).pathname === "/signin", `the other browser's session ended, got ${other.url()}`);

      // Sign out; the old password no longer works, the new one does.
      await page.getByRole("button", { name: "Sign out" }).click();
      await page.waitForURL((url) => url.pathname === "/signin", { timeout: 30_000 });
      await page.waitForLoadState("networkidle");
      await submitSignIn(page, OLD_PASSWORD);
      await page.getByRole("alert").filter({ hasText: "Wrong email or password" }).waitFor();
      expect(new URL(page.url()).pathname === "/signin", "the old password is refused");
      await submitSignIn(page, NEW_PASSWORD);
      await page.waitForURL((url) => url.pathname === "/", { timeout: 30_000 });
      await h.visit("/settings");
      expect(await page.locator("#currentPassword").count() === 1, "signed in with the new password");
    } finally {
      await otherContext.close();
    }
  },
};
