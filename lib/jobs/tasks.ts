/** The background work of one Tirelire instance, as periodic tasks for lib/jobs/scheduler.ts. */
import { db } from "../db/client";
import { operatorContext } from "../auth/guard";
import { runDueKonnectors } from "../konnectors/schedule";
import { matchHousehold } from "../reconcile/run";
import { attachAndDetectAll } from "../insights/recurrences/store";
import { linkTransfersAll } from "../insights/transfers/link";
import { runAllNotifications } from "../notifications/run";
import { syncDueConnections } from "../sync/due";
import type { PeriodicTask } from "./scheduler";

const MINUTE = 60_000;

/** Matching also runs after each import, sync and bill arrival; this pass catches links whose evidence arrived later. */
async function matchAllHouseholds(): Promise<void> {
  const households = await db().household.findMany({ select: { id: true } });
  for (const household of households) await matchHousehold(operatorContext(household.id));
}

export const periodicTasks: readonly PeriodicTask[] = [
  { id: "konnectors:due", everyMs: MINUTE, leaseMs: 30 * MINUTE, run: () => runDueKonnectors() },
  { id: "sync:due", everyMs: 5 * MINUTE, leaseMs: 60 * MINUTE, run: () => syncDueConnections() },
  { id: "match:all", everyMs: 60 * MINUTE, leaseMs: 30 * MINUTE, run: matchAllHouseholds },
  { id: "transfers:all", everyMs: 30 * MINUTE, leaseMs: 30 * MINUTE, run: linkTransfersAll },
  { id: "recurrences:all", everyMs: 60 * MINUTE, leaseMs: 30 * MINUTE, run: attachAndDetectAll },
  { id: "notifications:all", everyMs: 15 * MINUTE, leaseMs: 30 * MINUTE, run: runAllNotifications },
];
