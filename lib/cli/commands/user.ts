import { parseArgs } from "node:util";
import type { Command } from "../types";
import { createUserWithHousehold } from "../../households/users";
import { AppError } from "../../errors";

export const command: Command = {
  name: "user",
  summary: "Manage users: `user create` makes a user and the household they own.",
  usage: "tirelire user create --email EMAIL --password PASSWORD [--household NAME] [--json]",
  async run(argv, io) {
    const [action, ...rest] = argv;
    if (action !== "create") throw new AppError("INVALID_INPUT", `Unknown action "${action ?? ""}". Usage: ${this.usage}`);
    const { values } = parseArgs({
      args: rest,
      options: { email: { type: "string" }, password: { type: "string" }, household: { type: "string" }, json: { type: "boolean" } },
    });
    if (!values.email || !values.password) throw new AppError("INVALID_INPUT", `--email and --password are required. Usage: ${this.usage}`);
    const created = await createUserWithHousehold({ email: values.email, password: values.password, householdName: values.household });
    if (values.json) io.stdout(JSON.stringify(created));
    else io.stdout(`Created ${created.user.email} (owner of "${created.household.name}", household ${created.household.id}).`);
    return 0;
  },
};
