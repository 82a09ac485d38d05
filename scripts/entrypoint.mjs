// The container's entrypoint (and the second half of `npm start`): prepare the data directory, apply pending
// migrations, then serve the already-built standalone server. It never builds: images ship a finished build.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { prepareData } from "./prepare-data.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const serverFile = path.join(root, ".next/standalone/server.js");

export async function serve() {
  if (!fs.existsSync(serverFile)) {
    console.error("No built server (.next/standalone/server.js): run `npm run build` first, or use `npm start`.");
    process.exit(1);
  }
  const prepared = await prepareData();
  console.log(`Data directory: ${prepared.dataDir} (${prepared.provider})`);
  const port = process.env.PORT || "3000";
  // Docker sets HOSTNAME to the container id: listen on all interfaces unless told otherwise.
  const hostname = process.env.TIRELIRE_HOSTNAME || process.env.HOSTNAME || "0.0.0.0";
  const server = spawn(process.execPath, [serverFile], { stdio: "inherit", env: { ...process.env, PORT: port, HOSTNAME: hostname } });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
  server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await serve();
