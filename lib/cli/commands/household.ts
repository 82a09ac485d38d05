import { parseArgs } from "node:util";
import type { Command } from "../types";
import { listHouseholds } from "../../households/users";
import { AppError } from "../../errors";

export const command: Command = {
  name: "household",
  summary: "List households (`household list`).",
  usage: "tirelire household list [--json]",
  async run(argv, io) {
    const [action, ...rest] = argv;
    if (action !== "list") throw new AppError("INVALID_INPUT", `Unknown action "${action ?? ""}". Usage: ${this.usage}`);
    const { values } = parseArgs({ args: rest, options: { json: { type: "boolean" } } });
    const households = await listHouseholds();
    if (values.json) io.stdout(JSON.stringify(households));
    else if (!households.length) io.stdout("No household yet. Create one with: tirelire user create --email … --password …");
    else for (const h of households) io.stdout(`${h.id}  ${h.name}  (${h.members} members, ${h.accounts} accounts)`);
    return 0;
  },
};
