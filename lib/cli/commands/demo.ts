/**
 * `tirelire demo [--household ID | --email E --password P] [--json]`: loads the demo household (lib/demo) into a
 * household. --email/--password signs in as that user (creating them with a household of their own when they do
 * not exist yet); with neither, the only household is used, or on an empty instance a demo user is created and
 * its credentials printed. Idempotent: running it again adds nothing.
 */
import { parseArgs } from "node:util";
import type { Command } from "../types";
import { AppError } from "../../errors";
import { operatorContext } from "../../auth/guard";
import { verifyPassword } from "../../auth/password";
import { db } from "../../db/client";
import { createUserWithHousehold, listHouseholds } from "../../households/users";
import { isIsoDay } from "../../dates";
import { loadDemoHousehold, type DemoReport } from "../../demo/seed";

const DEMO_EMAIL = "demo@tirelire.local";
const DEMO_PASSWORD = "tirelire-demo";
const DEMO_HOUSEHOLD = "Famille Dupont (démo)";

interface Target {
  householdId: string;
  createdUser: { email: string; password: string } | null;
}

async function householdOfUser(email: string, password: string): Promise<Target> {
  const user = await db().user.findUnique({ where: { email: email.trim().toLowerCase() }, include: { memberships: { orderBy: { createdAt: "asc" } } } });
  if (!user) {
    const created = await createUserWithHousehold({ email, password, householdName: DEMO_HOUSEHOLD });
    return { householdId: created.household.id, createdUser: { email: created.user.email, password: "(as given)" } };
  }
  if (!(await verifyPassword(password, user.passwordHash))) throw new AppError("UNAUTHENTICATED", `Wrong password for ${user.email}.`);
  const membership = user.memberships.find((m) => m.role === "owner" || m.role === "member");
  if (!membership) throw new AppError("FORBIDDEN", `${user.email} cannot write to any household.`);
  return { householdId: membership.householdId, createdUser: null };
}

async function chooseTarget(values: { household?: string; email?: string; password?: string }): Promise<Target> {
  if (values.household && values.email) throw new AppError("INVALID_INPUT", "Give --household or --email/--password, not both.");
  if (values.email || values.password) {
    if (!values.email || !values.password) throw new AppError("INVALID_INPUT", "--email and --password go together.");
    return householdOfUser(values.email, values.password);
  }
  const households = await listHouseholds();
  if (values.household) {
    if (!households.some((h) => h.id === values.household)) throw new AppError("NOT_FOUND", `Household ${values.household} not found.`);
    return { householdId: values.household, createdUser: null };
  }
  if (households.length === 1) return { householdId: households[0]!.id, createdUser: null };
  if (households.length > 1) throw new AppError("INVALID_INPUT", `Several households exist: choose one with --household ID.\n${households.map((h) => `  ${h.id}  ${h.name}`).join("\n")}`);
  const created = await createUserWithHousehold({ email: DEMO_EMAIL, password: DEMO_PASSWORD, householdName: DEMO_HOUSEHOLD, locale: "fr", currency: "EUR" });
  return { householdId: created.household.id, createdUser: { email: DEMO_EMAIL, password: DEMO_PASSWORD } };
}

function readable(report: DemoReport, target: Target): string {
  const share = report.transactions.total ? Math.round((report.transactions.categorized / report.transactions.total) * 100) : 0;
  const lines = [
    `Demo household ${report.householdId}: ${report.accounts} accounts, ${report.transactions.total} transactions (${share} % categorized).`,
    `  this run: ${report.transactions.new} new transactions, ${report.rules.created} rules, ${report.corrections} corrections, ${report.bills.created} bills with PDFs, ${report.links.created} new bill links,`,
    `  ${report.transfers} internal transfers linked, ${report.recurrences} recurring payments found, ${report.budgets} budgets.`,
  ];
  if (target.createdUser) lines.push(`  sign in as ${target.createdUser.email}, password ${target.createdUser.password}`);
  return lines.join("\n");
}

export const command: Command = {
  name: "demo",
  summary: "Load the demo household (accounts, two years of transactions, rules, bills with PDFs, matches, recurring payments, budgets). Idempotent.",
  usage: "tirelire demo [--household ID | --email EMAIL --password PASSWORD] [--seed TEXT] [--today YYYY-MM-DD] [--json]",
  async run(argv, io) {
    const { values } = parseArgs({
      args: argv,
      options: { household: { type: "string" }, email: { type: "string" }, password: { type: "string" }, seed: { type: "string" }, today: { type: "string" }, json: { type: "boolean" } },
    });
    if (values.today !== undefined && !isIsoDay(values.today)) throw new AppError("INVALID_INPUT", `--today: "${values.today}" is not a date like 2025-01-31`);
    const target = await chooseTarget(values);
    const report = await loadDemoHousehold(operatorContext(target.householdId), { seed: values.seed, today: values.today });
    if (values.json) io.stdout(JSON.stringify({ ...report, createdUser: target.createdUser ? { email: target.createdUser.email } : null }));
    else io.stdout(readable(report, target));
    return 0;
  },
};
