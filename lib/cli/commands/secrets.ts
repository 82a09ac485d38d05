import { parseArgs } from "node:util";
import type { Command } from "../types";
import { AppError } from "../../errors";
import { countSealedValues, installNewKeyFile, rotateSecrets } from "../../crypto/rotate";
import { currentKey } from "../../crypto/secrets";

export const command: Command = {
  name: "secrets",
  summary: "Secrets at rest: `secrets status`, `secrets rotate [--new-key]` (re-seal with the current key).",
  usage: "tirelire secrets status [--json] | tirelire secrets rotate [--new-key] [--json]",
  async run(argv, io) {
    const [action, ...rest] = argv;
    const { values } = parseArgs({ args: rest, options: { json: { type: "boolean" }, "new-key": { type: "boolean" } } });
    if (action === "status") {
      const counts = await countSealedValues();
      if (values.json) io.stdout(JSON.stringify({ currentKeyId: currentKey().id, columns: counts }));
      else {
        io.stdout(`Current key: ${currentKey().id}`);
        for (const c of counts) io.stdout(`  ${c.table}.${c.column}: ${Object.entries(c.byKeyId).map(([k, n]) => `${n} sealed with ${k}`).join(", ") || "none"}`);
      }
      return 0;
    }
    if (action !== "rotate") throw new AppError("INVALID_INPUT", `Unknown action "${action ?? ""}". Usage: ${this.usage}`);
    const installed = values["new-key"] ? installNewKeyFile() : null;
    const changed = await rotateSecrets();
    if (values.json) io.stdout(JSON.stringify({ keyId: currentKey().id, resealed: changed, previousKeyFile: installed?.previousKeyFile ?? null }));
    else {
      if (installed) io.stdout(`New key written to ${installed.keyFile}; the old one is now ${installed.previousKeyFile}.`);
      io.stdout(`Re-sealed ${changed} value(s) with key ${currentKey().id}.`);
      if (installed) io.stdout(`Once backups taken before today no longer matter, delete ${installed.previousKeyFile}.`);
    }
    return 0;
  },
};
