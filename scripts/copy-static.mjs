// The standalone server does not serve .next/static or public/ unless they sit beside it: copy them there.
// Runs after `next build` (package.json "build") and from scripts/start.mjs.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

// Never part of a server: when a module's dynamic file access makes the build trace the whole project, these would
// be copied in too (the household's database and secrets among them).
const NEVER_SHIPPED = ["data", "bench", "test", ".git", ".ci"];

/** Removes copies of user data, tests and benchmarks from the standalone output. */
export function pruneStandalone(standalone) {
  const dataDir = path.resolve(process.env.TIRELIRE_DATA_DIR ?? "./data");
  const dataInside = path.relative(root, dataDir);
  const names = [...NEVER_SHIPPED, ...(dataInside && !dataInside.startsWith("..") && !path.isAbsolute(dataInside) ? [dataInside] : [])];
  for (const name of names) fs.rmSync(path.join(standalone, name), { recursive: true, force: true });
}

export function copyStatic() {
  const standalone = path.join(root, ".next/standalone");
  if (!fs.existsSync(standalone)) throw new Error("No .next/standalone: run `npm run build` first.");
  pruneStandalone(standalone);
  const pairs = [
    [path.join(root, ".next/static"), path.join(standalone, ".next/static")],
    [path.join(root, "public"), path.join(standalone, "public")],
  ];
  for (const [from, to] of pairs) {
    if (!fs.existsSync(from)) continue;
    fs.rmSync(to, { recursive: true, force: true });
    fs.cpSync(from, to, { recursive: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  copyStatic();
  console.log("Copied .next/static and public/ into .next/standalone.");
}
