// `npm run test:e2e`: end-to-end journeys in Debian's Chromium (playwright-core) against the PRODUCTION build.
// Installs Chromium when missing (scripts/install-chromium.sh), builds when the build is missing or older than
// the sources, serves it with scripts/entrypoint.mjs on 127.0.0.1:<random port> with a fresh data directory,
// runs test/e2e/run.mjs, writes screenshots to test-results/screenshots/, stops the server and prints
// "N passed, N failed" (and test-results/e2e.json). Options: --no-build (use the existing build), --only TEXT (journeys whose name contains it),
// --snapshot (serve a private copy of the build, for a checkout where other processes may rebuild meanwhile).
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : undefined;
const screenshotsDir = path.join(root, "test-results/screenshots");
const serverFile = path.join(root, ".next/standalone/server.js");
const SOURCES = ["app", "components", "lib", "public", "src/generated", "next.config.js", "package.json", "tsconfig.json"];

function findChromium() {
  return [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => p && fs.existsSync(p));
}

function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  console.log("Installing Chromium (scripts/install-chromium.sh)…");
  const result = spawnSync("sh", [path.join(root, "scripts/install-chromium.sh")], { stdio: "inherit" });
  const installed = findChromium();
  if (result.status !== 0 || !installed) throw new Error("Chromium is not installed and scripts/install-chromium.sh failed");
  return installed;
}

function newestMtimeMs(target) {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    newest = Math.max(newest, newestMtimeMs(path.join(target, entry.name)));
  }
  return newest;
}

function ensureBuild() {
  if (args.includes("--no-build")) {
    if (!fs.existsSync(serverFile)) throw new Error("--no-build, but there is no build (.next/standalone/server.js)");
    return;
  }
  const builtAt = fs.existsSync(serverFile) ? fs.statSync(serverFile).mtimeMs : 0;
  if (builtAt && !SOURCES.some((s) => newestMtimeMs(path.join(root, s)) > builtAt)) return;
  console.log("Building (npm run build)…");
  const result = spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) throw new Error("npm run build failed");
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(baseUrl, server, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited (code ${server.exitCode}) before it was healthy`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no healthy answer from ${baseUrl}/api/health within ${timeoutMs} ms`);
}

function stop(server) {
  return new Promise((resolve) => {
    if (server.exitCode !== null) return resolve();
    const timer = setTimeout(() => { try { process.kill(-server.pid, "SIGKILL"); } catch { /* gone */ } }, 5_000);
    server.once("exit", () => { clearTimeout(timer); resolve(); });
    try { process.kill(-server.pid, "SIGTERM"); } catch { resolve(); }
  });
}

/** entrypoint.mjs (what users run), or with --snapshot the same steps on a private copy of the standalone build. */
function serverCommand(dataDir) {
  if (!args.includes("--snapshot")) return [path.join(root, "scripts/entrypoint.mjs")];
  const copy = path.join(dataDir, "standalone");
  fs.cpSync(path.join(root, ".next/standalone"), copy, { recursive: true, verbatimSymlinks: true });
  const script = `await (await import(${JSON.stringify(path.join(root, "scripts/prepare-data.mjs"))})).prepareData();
    await import(${JSON.stringify(path.join(copy, "server.js"))});`;
  return ["--input-type=module", "-e", script];
}

async function main() {
  const started = performance.now();
  const chromiumPath = ensureChromium();
  ensureBuild();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "tirelire-e2e-data-"));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const serverEnv = {
    PORT: String(port), TIRELIRE_HOSTNAME: "127.0.0.1", HOSTNAME: "127.0.0.1", TIRELIRE_DATA_DIR: dataDir,
    DATABASE_URL: `file:${path.join(dataDir, "tirelire.db")}`, NEXTAUTH_URL: baseUrl, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1",
  };
  fs.rmSync(screenshotsDir, { recursive: true, force: true });
  fs.mkdirSync(screenshotsDir, { recursive: true });
  const logFile = path.join(root, "test-results/e2e-server.log");
  const log = fs.openSync(logFile, "w");
  // Its own process group, so stopping it also stops the Next server the entrypoint spawns.
  const server = spawn(process.execPath, serverCommand(dataDir), { cwd: root, env: { ...process.env, ...serverEnv }, stdio: ["ignore", log, log], detached: true });
  let outcome = { results: [], notes: [] };
  try {
    await waitForHealth(baseUrl, server, 60_000);
    console.log(`Server ready on ${baseUrl} (data: ${dataDir})`);
    const { runJourneys } = await import("../test/e2e/run.mjs");
    outcome = await runJourneys({ baseUrl, chromiumPath, screenshotsDir, only, env: { root, serverEnv } });
  } finally {
    await stop(server);
    fs.closeSync(log);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  for (const note of outcome.notes) console.log(`note: ${note}`);
  if (outcome.audited?.length) console.log(`axe-core: ${outcome.audited.length} routes × sizes checked in ${Math.round(outcome.auditMs / 1000)} s; serious/critical findings fail their journey`);
  for (const line of outcome.a11yAdvisories ?? []) console.log(`axe-core (minor/moderate, not failing): ${line}`);
  const count = (status) => outcome.results.filter((r) => r.status === status).length;
  // Same keys as vitest's JSON report, so CI adds these counts like the unit tests' (count_vitest in .ci/run).
  fs.writeFileSync(path.join(root, "test-results/e2e.json"), JSON.stringify({
    numPassedTests: count("passed"), numFailedTests: count("failed"), numPendingTests: count("skipped"), results: outcome.results, notes: outcome.notes, audited: outcome.audited,
  }, null, 2));
  console.log(`Screenshots: ${path.relative(root, screenshotsDir)}/ · server log: ${path.relative(root, logFile)} · ${Math.round((performance.now() - started) / 1000)} s`);
  console.log(`${count("passed")} passed, ${count("failed")} failed${count("skipped") ? `, ${count("skipped")} skipped` : ""}`);
  process.exitCode = count("failed") || !outcome.results.length ? 1 : 0;
}

main().catch((error) => {
  console.error(`e2e: ${error.message}`);
  fs.mkdirSync(path.join(root, "test-results"), { recursive: true });
  fs.writeFileSync(path.join(root, "test-results/e2e.json"), JSON.stringify({ numPassedTests: 0, numFailedTests: 1, numPendingTests: 0, error: error.message }));
  console.log("0 passed, 1 failed");
  process.exitCode = 1;
});
