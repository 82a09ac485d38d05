// Next.js calls register() once when a server instance starts: the in-process scheduler starts here, so one
// container is the whole deployment. TIRELIRE_SCHEDULER=off disables it (e.g. for a read-only replica).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.TIRELIRE_SCHEDULER === "off") return;
  const { startScheduler } = await import("./lib/jobs/scheduler");
  const { periodicTasks } = await import("./lib/jobs/tasks");
  startScheduler(periodicTasks);
}
