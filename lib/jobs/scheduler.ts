/**
 * The in-process scheduler: one container is the whole deployment, so background work (konnector schedules,
 * bank syncs, matching, notifications) runs here. Every task is a Job row claimed through the database
 * (lib/jobs/claim.ts): with several instances on one PostgreSQL, each tick of each task runs once.
 */
import crypto from "node:crypto";
import os from "node:os";
import { toAppError } from "../errors";
import { claimJob, ensureJob, finishJob } from "./claim";

export interface PeriodicTask {
  id: string;
  everyMs: number;
  /** Longest a run may take before another instance may take the job over. */
  leaseMs: number;
  run(): Promise<unknown>;
}

export interface TickResult {
  taskId: string;
  ran: boolean;
  error: string | null;
}

export const workerId = `${os.hostname()}:${process.pid}:${crypto.randomBytes(3).toString("hex")}`;

/** Runs every due task this worker can claim. Errors are recorded on the job, never thrown: one failure blocks nothing. */
export async function tick(tasks: readonly PeriodicTask[], worker = workerId, now = () => new Date()): Promise<TickResult[]> {
  const results: TickResult[] = [];
  for (const task of tasks) {
    await ensureJob({ id: task.id, kind: task.id.split(":")[0] ?? task.id }, now());
    if (!(await claimJob(task.id, worker, task.leaseMs, now()))) {
      results.push({ taskId: task.id, ran: false, error: null });
      continue;
    }
    let error: string | null = null;
    const startedMs = Date.now();
    try {
      await task.run();
    } catch (thrown) {
      error = toAppError(thrown).message;
    }
    if (isRunLogOn()) console.info(`scheduler: ran ${task.id} on ${worker} in ${Date.now() - startedMs} ms${error ? ` (failed: ${error})` : ""}`);
    // A little jitter spreads instances that started together.
    const jitterMs = Math.floor(Math.random() * Math.min(30_000, task.everyMs / 10));
    await finishJob(task.id, worker, { nextRunAt: new Date(now().getTime() + task.everyMs + jitterMs), error }, now());
    results.push({ taskId: task.id, ran: true, error });
  }
  return results;
}

const DEFAULT_TICK_MS = 30_000;

/** TIRELIRE_SCHEDULER_LOG=1: one log line per job run (which task, which instance), e.g. to watch several instances. */
const isRunLogOn = () => process.env.TIRELIRE_SCHEDULER_LOG === "1";

/**
 * How often an instance looks for due jobs: TIRELIRE_SCHEDULER_TICK_MS (at least 100 ms), default 30 s. Ticking
 * faster only makes due jobs start sooner; each task still runs once per its own period across all instances.
 */
export function tickIntervalMs(value = process.env.TIRELIRE_SCHEDULER_TICK_MS): number {
  const parsed = Number(value);
  return value && Number.isInteger(parsed) && parsed >= 100 ? parsed : DEFAULT_TICK_MS;
}

/** Starts ticking every intervalMs (plus up to a sixth of it as jitter); returns a stop function. */
export function startScheduler(tasks: readonly PeriodicTask[], intervalMs = tickIntervalMs()): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let isStopped = false;
  // Instances started together drift apart instead of hitting the database in step.
  const jitter = () => Math.floor(Math.random() * Math.min(5_000, intervalMs / 6));
  const loop = async () => {
    if (isStopped) return;
    await tick(tasks).catch((error: unknown) => console.error(`scheduler: ${toAppError(error).message}`));
    if (!isStopped) timer = setTimeout(loop, intervalMs + jitter());
  };
  if (isRunLogOn()) console.info(`scheduler: started on ${workerId}, ticking every ${intervalMs} ms`);
  // The first tick waits a little (start-up work first), never longer than one interval.
  timer = setTimeout(loop, Math.min(5_000, intervalMs) + jitter());
  return () => {
    isStopped = true;
    if (timer) clearTimeout(timer);
  };
}
