import fs from "node:fs";
import { parseArgs } from "node:util";
import type { Command, CliIo } from "../types";
import { AppError } from "../../errors";
import { operatorContext, type HouseholdContext } from "../../auth/guard";
import { listHouseholds } from "../../households/users";
import {
  autoMapConnection, callbackUrl, completeAuthorization, createConnection, getConnection, householdOfConnection, paramsOfCallbackUrl, startAuthorization,
} from "../../connections";
import { connectionIdOfState, stateOfCallback } from "../../connections/auth-state";

export async function resolveHousehold(wanted: string | undefined): Promise<string> {
  const households = await listHouseholds();
  if (wanted) {
    if (!households.some((h) => h.id === wanted)) throw new AppError("NOT_FOUND", `Household ${wanted} not found.`);
    return wanted;
  }
  if (households.length === 1) return households[0]!.id;
  if (!households.length) throw new AppError("INVALID_INPUT", "No household yet. Create one with: tirelire user create --email … --password …");
  throw new AppError("INVALID_INPUT", `Several households exist: choose one with --household ID.\n${households.map((h) => `  ${h.id}  ${h.name}`).join("\n")}`);
}

const USAGE = [
  "tirelire connect simplefin --setup-token TOKEN [--household ID] [--base-url URL] [--name NAME] [--json]",
  "tirelire connect gocardless --secret-id ID --secret-key KEY --institution ID [--country FR] [--base-url URL] [--redirect-url URL] [--household ID] [--json]",
  "tirelire connect enablebanking --application-id ID --private-key FILE --institution \"FI:Mock ASPSP\" [--base-url URL] [--redirect-url URL] [--household ID] [--json]",
  "tirelire connect complete --connection ID --callback-url URL [--json]",
].join("\n       ");

function need(value: string | undefined, flag: string): string {
  if (!value?.trim()) throw new AppError("INVALID_INPUT", `${flag} is required. Usage: ${USAGE}`);
  return value.trim();
}

/** After authorization: link the provider's accounts (existing by IBAN or id, else new) and say what happened. */
async function linkAndReport(ctx: HouseholdContext, connectionId: string, isJson: boolean, io: CliIo): Promise<void> {
  const mapped = await autoMapConnection(ctx, connectionId);
  const view = await getConnection(ctx, connectionId);
  if (isJson) {
    io.stdout(JSON.stringify({ connectionId, householdId: ctx.householdId, status: view.status, authorizationUrl: null, accountsCreated: mapped.created, accounts: view.accounts.map((a) => ({ id: a.id, name: a.name, externalId: a.externalId, currency: a.currency })) }));
    return;
  }
  io.stdout([`Connection ${connectionId} (${view.providerLabel}) is ${view.status}.`,
    ...view.accounts.map((a) => `  ${a.name} [${a.id}] ${a.currency}`),
    `${mapped.created} account(s) created. Fetch the transactions with: tirelire sync --connection ${connectionId}`].join("\n"));
}

async function complete(values: Record<string, string | boolean | undefined>, io: CliIo): Promise<number> {
  const connectionId = need(values.connection as string | undefined, "--connection");
  const params = paramsOfCallbackUrl(need(values["callback-url"] as string | undefined, "--callback-url"));
  if (connectionIdOfState(stateOfCallback(params)) !== connectionId) throw new AppError("INVALID_INPUT", "This callback URL belongs to another connection (its state does not match --connection).");
  const ctx = operatorContext(await householdOfConnection(connectionId));
  await completeAuthorization(ctx, params);
  await linkAndReport(ctx, connectionId, values.json === true, io);
  return 0;
}

export const command: Command = {
  name: "connect",
  summary: "Connect a bank through SimpleFIN, GoCardless or Enable Banking (prints the link to authorize at the bank).",
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv, allowPositionals: true,
      options: {
        "setup-token": { type: "string" }, "secret-id": { type: "string" }, "secret-key": { type: "string" }, "application-id": { type: "string" },
        "private-key": { type: "string" }, institution: { type: "string" }, country: { type: "string" }, "base-url": { type: "string" },
        "redirect-url": { type: "string" }, household: { type: "string" }, name: { type: "string" }, connection: { type: "string" },
        "callback-url": { type: "string" }, json: { type: "boolean" },
      },
    });
    const provider = positionals[0];
    if (provider === "complete") return complete(values, io);
    let secrets: Record<string, string>;
    if (provider === "simplefin") secrets = { setupToken: need(values["setup-token"], "--setup-token") };
    else if (provider === "gocardless") secrets = { secretId: need(values["secret-id"], "--secret-id"), secretKey: need(values["secret-key"], "--secret-key") };
    else if (provider === "enablebanking") {
      const file = need(values["private-key"], "--private-key");
      if (!fs.existsSync(file)) throw new AppError("INVALID_INPUT", `Private key file not found: ${file}`);
      secrets = { applicationId: need(values["application-id"], "--application-id"), privateKey: fs.readFileSync(file, "utf8") };
    } else throw new AppError("INVALID_INPUT", `Choose a provider: simplefin, gocardless, enablebanking (or complete). Usage: ${USAGE}`);
    const institutionId = provider === "simplefin" ? undefined : need(values.institution, "--institution");
    const ctx = operatorContext(await resolveHousehold(values.household));
    const settings: Record<string, string> = {};
    if (values["base-url"]) settings.baseUrl = values["base-url"];
    if (values.country) settings.country = values.country;
    const created = await createConnection(ctx, { provider, name: values.name, secrets, settings });
    const started = await startAuthorization(ctx, created.id, { redirectUrl: values["redirect-url"] ?? callbackUrl(), institutionId, country: values.country });
    if (!started.authorizationUrl) {
      await linkAndReport(ctx, created.id, values.json === true, io);
      return 0;
    }
    if (values.json) {
      io.stdout(JSON.stringify({ connectionId: created.id, householdId: ctx.householdId, status: started.connection.status, authorizationUrl: started.authorizationUrl }));
      return 0;
    }
    io.stdout([
      `Connection ${created.id} created (${started.connection.providerLabel}). Open this link to authorize Tirelire at your bank:`,
      `  ${started.authorizationUrl}`,
      "When the bank sends you back (to Tirelire's /api/connections/callback), finish with the address you landed on:",
      `  tirelire connect complete --connection ${created.id} --callback-url 'URL'`,
    ].join("\n"));
    return 0;
  },
};
