import { parseArgs } from "node:util";
import type { Command } from "../types";
import { operatorContext } from "../../auth/guard";
import { toAppError } from "../../errors";
import { householdOfConnection, listAllConnectionIds } from "../../connections";
import { syncConnection, type SyncReport } from "../../sync";

interface Outcome {
  connectionId: string;
  status: "succeeded" | "failed";
  error: string | null;
  errorCode: string | null;
  report: SyncReport | null;
}

function toJson(outcome: Outcome) {
  const { report } = outcome;
  return {
    connectionId: outcome.connectionId, status: outcome.status, error: outcome.error, errorCode: outcome.errorCode,
    syncRunId: report?.syncRunId ?? null, since: report?.since ?? null, until: report?.until ?? null,
    new: report?.new ?? 0, updated: report?.updated ?? 0, pending: report?.pending ?? 0,
    accounts: (report?.accounts ?? []).map((a) => ({ accountId: a.accountId, externalId: a.externalId, name: a.name, new: a.new, updated: a.updated, pending: a.pending })),
    warnings: report?.warnings ?? [],
  };
}

function readable(outcome: Outcome): string {
  if (!outcome.report) return `${outcome.connectionId}: FAILED (${outcome.errorCode}) ${outcome.error}`;
  const r = outcome.report;
  return [`${outcome.connectionId}: ${r.since} → ${r.until}: ${r.new} new, ${r.updated} updated, ${r.pending} pending`,
    ...r.accounts.map((a) => `  ${a.name ?? a.externalId} [${a.accountId}]: ${a.new} new, ${a.updated} updated, ${a.pending} pending`),
    ...r.warnings.map((w) => `  warning: ${w}`)].join("\n");
}

export const command: Command = {
  name: "sync",
  summary: "Sync bank connections now (one, or every authorized one), printing new, updated and pending counts per account.",
  usage: "tirelire sync [--connection ID] [--household ID] [--json]",
  async run(argv, io) {
    const { values } = parseArgs({ args: argv, options: { connection: { type: "string" }, household: { type: "string" }, json: { type: "boolean" } } });
    const targets = values.connection
      ? [{ id: values.connection, householdId: await householdOfConnection(values.connection) }]
      : (await listAllConnectionIds(values.household)).filter((c) => c.status === "active" || c.status === "error");
    const outcomes: Outcome[] = [];
    // One failing connection never stops the others.
    for (const target of targets) {
      try {
        const report = await syncConnection(operatorContext(target.householdId), target.id);
        outcomes.push({ connectionId: target.id, status: "succeeded", error: null, errorCode: null, report });
      } catch (error) {
        const appError = toAppError(error);
        outcomes.push({ connectionId: target.id, status: "failed", error: appError.userMessage, errorCode: appError.code, report: null });
      }
    }
    if (values.json) io.stdout(JSON.stringify({ connections: outcomes.map(toJson) }));
    else io.stdout(outcomes.length ? outcomes.map(readable).join("\n") : "No connection to sync.");
    if (!outcomes.length && values.connection) return 1;
    return outcomes.some((o) => o.status === "failed") ? 1 : 0;
  },
};
