// `npm start`: builds when needed, prepares the data directory and database (scripts/prepare-data.mjs), then
// serves the standalone Next.js server on PORT (3000) and HOSTNAME.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { copyStatic } from "./copy-static.mjs";
import { prepareData } from "./prepare-data.mjs";

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const serverFile = path.join(root, ".next/standalone/server.js");
// What a build depends on: when any of it is newer than the built server, build again.
const SOURCES = ["app", "components", "lib", "public", "src/generated", "next.config.js", "package.json", "package-lock.json", "tsconfig.json"];
const SKIP = new Set(["node_modules", ".next", ".git"]);

function newestMtimeMs(target) {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    newest = Math.max(newest, newestMtimeMs(path.join(target, entry.name)));
  }
  return newest;
}

function isBuildStale() {
  if (!fs.existsSync(serverFile)) return true;
  const builtAt = fs.statSync(serverFile).mtimeMs;
  return SOURCES.some((source) => newestMtimeMs(path.join(root, source)) > builtAt);
}

function build() {
  console.log("Building the app (next build)…");
  const nextBin = require.resolve("next/dist/bin/next");
  const result = spawnSync(process.execPath, [nextBin, "build"], { cwd: root, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) {
    console.error("next build failed: see the output above.");
    process.exit(result.status ?? 1);
  }
  // A build leaves server.js untouched when nothing changed: touch it so the staleness check settles.
  const now = new Date();
  fs.utimesSync(serverFile, now, now);
}

process.env.NEXT_TELEMETRY_DISABLED = "1";
if (isBuildStale()) build();
copyStatic();
const prepared = await prepareData();
console.log(`Data directory: ${prepared.dataDir} (${prepared.provider})`);

const port = process.env.PORT ?? "3000";
const hostname = process.env.HOSTNAME && process.env.HOSTNAME !== "" ? process.env.HOSTNAME : "0.0.0.0";
const server = spawn(process.execPath, [serverFile], { stdio: "inherit", env: { ...process.env, PORT: port, HOSTNAME: hostname } });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
