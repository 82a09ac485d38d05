// After `npm install`: generate the Prisma clients (offline, no engine download).
import { existsSync } from "node:fs";
if (existsSync(new URL("../node_modules/prisma/build/index.js", import.meta.url))) {
  await import("./generate.mjs");
}
