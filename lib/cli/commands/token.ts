import { parseArgs } from "node:util";
import type { Command } from "../types";
import { AppError } from "../../errors";
import { operatorContext } from "../../auth/guard";
import { createApiToken, householdOfToken, listApiTokens, revokeApiToken, TOKEN_SCOPES, type TokenScope } from "../../auth/api-tokens";
import { resolveHouseholdOption } from "./bills";

const USAGE = [
  "tirelire token create --konnector NAME [--household ID] [--name NAME] [--expires-days N] [--json]",
  "tirelire token create --scope read|read-write [--household ID] [--name NAME] [--expires-days N] [--json]",
  "tirelire token list [--household ID] [--json]",
  "tirelire token revoke ID",
].join("\n       ");

export const command: Command = {
  name: "token",
  summary: "API tokens: create (shown once), list, revoke. Konnector tokens push bills to POST /api/v1/bills.",
  usage: USAGE,
  async run(argv, io) {
    const [action, ...rest] = argv;
    if (action === "create") {
      const { values } = parseArgs({
        args: rest,
        options: { konnector: { type: "string" }, household: { type: "string" }, name: { type: "string" }, scope: { type: "string" }, "expires-days": { type: "string" }, json: { type: "boolean" } },
      });
      const scope = values.scope ?? (values.konnector ? "bills" : undefined);
      if (!scope) throw new AppError("INVALID_INPUT", `Give --konnector NAME (a bills token) or --scope read|read-write. Usage: ${USAGE}`);
      if (!(TOKEN_SCOPES as readonly string[]).includes(scope)) throw new AppError("INVALID_INPUT", `Unknown scope "${scope}" (use ${TOKEN_SCOPES.join(", ")})`);
      const days = values["expires-days"];
      if (days !== undefined && !/^\d+$/.test(days)) throw new AppError("INVALID_INPUT", "--expires-days takes a whole number of days");
      const ctx = operatorContext(await resolveHouseholdOption(values.household));
      const created = await createApiToken(ctx, { scope: scope as TokenScope, konnector: values.konnector, name: values.name, expiresInDays: days ? Number.parseInt(days, 10) : undefined });
      if (values.json) io.stdout(JSON.stringify({ ...created, householdId: ctx.householdId }, null, 2));
      else {
        io.stdout(created.token);
        io.stderr(`Token ${created.id} (${created.scopes.join(", ")}${created.konnector ? `, konnector ${created.konnector}` : ""}) for household ${ctx.householdId}. It is shown only this once: store it now.`);
      }
      return 0;
    }
    if (action === "list") {
      const { values } = parseArgs({ args: rest, options: { household: { type: "string" }, json: { type: "boolean" } } });
      const tokens = await listApiTokens(operatorContext(await resolveHouseholdOption(values.household)));
      if (values.json) io.stdout(JSON.stringify(tokens, null, 2));
      else if (!tokens.length) io.stdout("No API token. Create one with: tirelire token create --konnector NAME");
      else for (const t of tokens) io.stdout(`${t.id}  ${t.prefix}…  ${t.scopes.join(",")}${t.konnector ? `  konnector=${t.konnector}` : ""}  "${t.name}"  ${t.revokedAt ? `revoked ${t.revokedAt}` : `last used ${t.lastUsedAt ?? "never"}`}`);
      return 0;
    }
    if (action === "revoke") {
      const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { household: { type: "string" } } });
      const [id] = positionals;
      if (!id) throw new AppError("INVALID_INPUT", `token revoke needs the token ID. Usage: ${USAGE}`);
      // The operator may not know which household a token belongs to: the token says.
      const householdId = values.household ?? (await householdOfToken(id));
      if (!householdId) throw new AppError("NOT_FOUND", `API token ${id} not found`);
      const revoked = await revokeApiToken(operatorContext(householdId), id);
      io.stdout(`Revoked ${revoked.id} (${revoked.name}).`);
      return 0;
    }
    throw new AppError("INVALID_INPUT", `Unknown action "${action ?? ""}". Usage: ${USAGE}`);
  },
};
