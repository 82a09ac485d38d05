import { parseArgs } from "node:util";
import type { Command } from "../types";
import { operatorContext } from "../../auth/guard";
import { listHouseholds } from "../../households/users";
import { listConnections, type ConnectionView } from "../../connections";
import { fromMinor } from "../../money";

function toJson(householdId: string, view: ConnectionView) {
  const { accounts, ...rest } = view;
  return {
    ...rest, householdId,
    accounts: accounts.map((a) => ({
      id: a.id, name: a.name, externalId: a.externalId, currency: a.currency,
      balance: a.reportedBalanceMinor === null ? null : fromMinor(a.reportedBalanceMinor, a.currency), balanceDate: a.reportedBalanceDate,
    })),
  };
}

function readable(householdId: string, view: ConnectionView): string {
  const lines = [`${view.id}  ${view.providerLabel}  "${view.name}"  ${view.status}  (household ${householdId})`];
  lines.push(`  last sync: ${view.lastSyncAt ?? "never"}, last success: ${view.lastSuccessAt ?? "never"}${view.consentExpiresAt ? `, consent until ${view.consentExpiresAt}` : ""}`);
  if (view.lastError) lines.push(`  last error (${view.lastErrorCode}): ${view.lastError}`);
  if (view.retryAfter) lines.push(`  paused until ${view.retryAfter} (rate limit)`);
  for (const a of view.accounts) lines.push(`  ${a.name} [${a.id}] ${a.reportedBalanceMinor === null ? "" : `${fromMinor(a.reportedBalanceMinor, a.currency)} ${a.currency} on ${a.reportedBalanceDate}`}`.trimEnd());
  return lines.join("\n");
}

export const command: Command = {
  name: "connections",
  summary: "List bank connections: status, last sync, last error, linked accounts (never secrets).",
  usage: "tirelire connections [--household ID] [--json]",
  async run(argv, io) {
    const { values } = parseArgs({ args: argv, options: { household: { type: "string" }, json: { type: "boolean" } } });
    const households = (await listHouseholds()).filter((h) => !values.household || h.id === values.household);
    const all: { householdId: string; view: ConnectionView }[] = [];
    for (const household of households) {
      for (const view of await listConnections(operatorContext(household.id))) all.push({ householdId: household.id, view });
    }
    if (values.json) io.stdout(JSON.stringify(all.map((c) => toJson(c.householdId, c.view))));
    else io.stdout(all.length ? all.map((c) => readable(c.householdId, c.view)).join("\n") : "No connections yet. Add one with: tirelire connect …");
    return 0;
  },
};
