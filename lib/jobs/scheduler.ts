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
    try {
      await task.run();
    } catch (thrown) {
      error = toAppError(thrown).message;
    }
    // A little jitter spreads instances that started together.
    const jitterMs = Math.floor(Math.random() * Math.min(30_000, task.everyMs / 10));
    await finishJob(task.id, worker, { nextRunAt: new Date(now().getTime() + task.everyMs + jitterMs), error }, now());
    results.push({ taskId: task.id, ran: true, error });
  }
  return results;
}

/** Starts ticking every intervalMs (with jitter); returns a stop function. */
export function startScheduler(tasks: readonly PeriodicTask[], intervalMs = 30_000): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let isStopped = false;
  const loop = async () => {
    if (isStopped) return;
    await tick(tasks).catch((error: unknown) => console.error(`scheduler: ${toAppError(error).message}`));
    if (!isStopped) timer = setTimeout(loop, intervalMs + Math.floor(Math.random() * 5_000));
  };
  timer = setTimeout(loop, 5_000 + Math.floor(Math.random() * 5_000));
  return () => {
    isStopped = true;
    if (timer) clearTimeout(timer);
  };
}
