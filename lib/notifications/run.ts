/**
 * The notification pass of one household: evaluate every kind for every member, record new alerts (dedupKey:
 * never twice), then send what is new by email and webhook. Budget alerts come from the budget helper
 * (lib/insights/budget-alerts.ts), household-wide, in its own dedupKey format.
 */
import { operatorContext } from "../auth/guard";
import { todayIso } from "../dates";
import { db } from "../db/client";
import { isLocale } from "../i18n";
import { recordBudgetAlerts } from "../insights/budget-alerts";
import { loadBudgetProgress } from "../insights/budget-progress";
import type { Alert } from "./alert";
import { deliverToMember, type DeliveryResult } from "./deliver";
import { konnectorFailureAlerts, syncFailureAlerts } from "./evaluate/failures";
import type { EvalInput } from "./evaluate/input";
import { largeTransactionAlerts } from "./evaluate/large-transaction";
import { lateReimbursementAlerts } from "./evaluate/late-reimbursement";
import { lowBalanceAlerts } from "./evaluate/low-balance";
import { kindOf, type NotificationKind } from "./kinds";
import { recordAlerts } from "./record";
import { loadHouseholdSmtp, loadMembers } from "./store";

export interface NotificationRunResult extends DeliveryResult {
  created: number;
}

const EVALUATORS: readonly [NotificationKind, (input: EvalInput) => Promise<Alert[]>][] = [
  ["low_balance", lowBalanceAlerts],
  ["large_transaction", largeTransactionAlerts],
  ["late_reimbursement", lateReimbursementAlerts],
  ["sync_failed", syncFailureAlerts],
  ["konnector_failed", konnectorFailureAlerts],
];

export async function runHouseholdNotifications(householdId: string, options: { today?: string; now?: Date } = {}): Promise<NotificationRunResult> {
  const today = options.today ?? todayIso(options.now);
  const household = await db().household.findUniqueOrThrow({ where: { id: householdId } });
  const locale = isLocale(household.locale) ? household.locale : "en";
  const result: NotificationRunResult = { created: 0, emails: 0, webhooks: 0, failures: [] };
  result.created += await recordBudgetAlerts(operatorContext(householdId), await loadBudgetProgress(operatorContext(householdId), today.slice(0, 7)), locale);
  const members = await loadMembers(householdId);
  for (const member of members) {
    const input: EvalInput = { householdId, userId: member.userId, settings: member.settings, today, locale };
    for (const [kind, evaluate] of EVALUATORS) {
      const setting = kindOf(member.settings, kind);
      if (!setting.inApp && !setting.email && !setting.webhook) continue;
      result.created += await recordAlerts(householdId, await evaluate(input), options.now);
    }
  }
  const smtp = await loadHouseholdSmtp(householdId);
  for (const member of members) {
    const delivered = await deliverToMember(householdId, member, smtp, options.now);
    result.emails += delivered.emails;
    result.webhooks += delivered.webhooks;
    result.failures.push(...delivered.failures);
  }
  return result;
}

export async function runAllNotifications(): Promise<void> {
  const households = await db().household.findMany({ select: { id: true } });
  for (const household of households) {
    const result = await runHouseholdNotifications(household.id);
    if (result.failures.length > 0) console.warn(`notifications: ${household.id}: ${result.failures.length} delivery failure(s): ${result.failures[0]}`);
  }
}
