// The standalone server does not serve .next/static or public/ unless they sit beside it: copy them there.
// Runs after `next build` (package.json "build") and from scripts/start.mjs.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export function copyStatic() {
  const standalone = path.join(root, ".next/standalone");
  if (!fs.existsSync(standalone)) throw new Error("No .next/standalone: run `npm run build` first.");
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
