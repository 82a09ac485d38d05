#!/usr/bin/env node
// The `tirelire` command. Runs the TypeScript CLI under tsx (a dependency), so no build step is needed.
import { spawn } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const child = spawn(process.execPath, ["--import", pathToFileURL(require.resolve("tsx")).href, path.join(root, "lib/cli/run.ts"), ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1", TSX_TSCONFIG_PATH: path.join(root, "tsconfig.json") },
});
child.on("exit", (code, signal) => {
  if (signal) process.kill(process.pid, signal);
  process.exit(code ?? 1);
});
