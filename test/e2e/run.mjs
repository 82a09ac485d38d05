// Runs the journeys in order (each builds on the previous one's data), one Chromium for all; a failed journey
// gets a screenshot and the next ones still run. Returns one result per journey.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Harness, launchBrowser } from "./harness.mjs";
import { setup, signIn } from "./journeys/first-run.mjs";
import { importCsv, importOfx } from "./journeys/imports.mjs";
import { importUnknownCsv } from "./journeys/import-unknown-csv.mjs";
import { recategorize } from "./journeys/categorize.mjs";
import { dashboard } from "./journeys/dashboard.mjs";
import { loadDemo } from "./journeys/demo.mjs";
import { uploadInvoice } from "./journeys/bills.mjs";
import { pagesFitPhone } from "./journeys/pages-fit-phone.mjs";
import { keyboard } from "./journeys/keyboard.mjs";
import { budgets } from "./journeys/budgets.mjs";
import { connectAndSync, connectWithRedirect } from "./journeys/connections.mjs";
import { exportData } from "./journeys/export.mjs";
import { french } from "./journeys/french.mjs";
import { notFoundStatus } from "./journeys/not-found-status.mjs";
import { changePasswordJourney } from "./journeys/password.mjs";
import { badCursors } from "./journeys/bad-cursor.mjs";

export const JOURNEYS = [setup, signIn, keyboard, importOfx, importCsv, recategorize, dashboard, uploadInvoice, budgets, connectAndSync, connectWithRedirect, exportData, french,
  importUnknownCsv, loadDemo, pagesFitPhone, notFoundStatus, changePasswordJourney, badCursors];

export async function runJourneys({ baseUrl, chromiumPath, screenshotsDir, env, only, log = console.log }) {
  const browser = await launchBrowser(chromiumPath);
  const h = new Harness({ browser, baseUrl, screenshotsDir, env });
  const state = { email: "claire@example.com", password: "correct-horse-battery", tmpDir: fs.mkdtempSync(path.join(os.tmpdir(), "tirelire-e2e-files-")) };
  const results = [];
  try {
    for (const journey of JOURNEYS) {
      // --only "first-run,never-seen": journeys whose name contains any of the comma-separated texts.
      if (only && !only.split(",").some((text) => text && journey.name.includes(text.trim()))) continue;
      if (journey.isAvailable && !journey.isAvailable()) {
        results.push({ name: journey.name, status: "skipped", ms: 0 });
        continue;
      }
      h.journey = journey.name.replace(/[^a-z0-9]+/gi, "-").slice(0, 40);
      h.shots = 0;
      h.takeErrors();
      h.a11y.clear();
      const started = performance.now();
      let error = null;
      try {
        await journey.run(h, state);
        await h.flushAudit();
        const consoleErrors = h.takeErrors().filter((e) => !(journey.allowedConsole ?? []).some((re) => re.test(e)));
        if (consoleErrors.length) error = new Error(`console errors:\n    ${consoleErrors.slice(0, 10).join("\n    ")}`);
        else if (h.a11y.count) error = new Error(`accessibility (axe-core, serious/critical):\n    ${h.a11y.lines().join("\n    ")}`);
      } catch (caught) {
        error = caught;
        await h.page?.screenshot({ path: path.join(screenshotsDir, `${h.journey}-FAILED.png`), fullPage: true }).catch(() => undefined);
        // The journeys after this one expect the first user signed in (a failure may have left a signed-out or
        // other session behind).
        if (journey !== JOURNEYS[0]) await h.signInSession(state.email, state.password).catch(() => undefined);
      }
      const ms = Math.round(performance.now() - started);
      results.push({ name: journey.name, status: error ? "failed" : "passed", ms, error: error ? String(error.stack ?? error) : undefined });
      log(`${error ? "✗" : "✓"} ${journey.name} (${ms} ms)${error ? `\n    ${String(error.message ?? error).split("\n").join("\n    ")}` : ""}`);
    }
  } finally {
    await browser.close();
    fs.rmSync(state.tmpDir, { recursive: true, force: true });
  }
  return { results, notes: h.notes, audited: [...h.audited], auditMs: Math.round(h.auditMs), a11yAdvisories: h.a11y.advisorySummary() };
}
