// First run: /setup creates the household and signs in; then a fresh browser signs in (a wrong password first).
import { expect } from "../harness.mjs";

export const setup = {
  name: "first-run setup",
  async run(h, state) {
    const page = await h.newSession();
    await page.goto(h.url("/"), { waitUntil: "networkidle" });
    expect(new URL(page.url()).pathname === "/setup", `a fresh install opens /setup, got ${page.url()}`);
    await h.shoot("setup-form");
    await page.fill("#email", state.email);
    await page.fill("#password", state.password);
    await page.fill("#name", "Claire");
    await page.fill("#householdName", "E2E household");
    await page.fill("#currency", "EUR");
    await page.getByRole("button", { name: "Create household" }).click();
    await page.waitForURL((url) => url.pathname === "/", { timeout: 30_000 });
    await page.getByRole("button", { name: "Load demo" }).waitFor();
    await h.shoot("dashboard-empty");
  },
};

export const signIn = {
  name: "sign in",
  // The wrong password's answer is a 401, which Chromium logs.
  allowedConsole: [/status of 401/],
  async run(h, state) {
    const page = await h.newSession();
    await page.goto(h.url("/"), { waitUntil: "networkidle" });
    expect(new URL(page.url()).pathname === "/signin", `signed out, / sends to /signin, got ${page.url()}`);
    await page.fill("#email", state.email);
    await page.fill("#password", "not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("alert").first().waitFor();
    await h.shoot("signin-wrong-password");
    await page.fill("#password", state.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => url.pathname === "/", { timeout: 30_000 });
    await page.getByRole("heading", { name: "Dashboard" }).first().waitFor();
  },
};
