/**
 * CPU time of each thread of this process (Linux /proc), so a benchmark can tell the main thread's share from
 * the import writer thread's: on a busy shared machine the wall clock says little, while the busiest thread's
 * CPU time bounds what the import takes on two idle cores. Empty where /proc is not available.
 */
import fs from "node:fs";

type ThreadTimes = Map<string, { name: string; seconds: number }>;

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

function threadTimes(): ThreadTimes {
  const times: ThreadTimes = new Map();
  let tids: string[] = [];
  try {
    tids = fs.readdirSync("/proc/self/task");
  } catch {
    return times;
  }
  for (const tid of tids) {
    try {
      const stat = fs.readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
      // Fields after the parenthesised name: state is field 3, utime 14, stime 15.
      const close = stat.lastIndexOf(")");
      const fields = stat.slice(close + 2).split(" ");
      const ticks = Number(fields[11]) + Number(fields[12]);
      times.set(tid, { name: stat.slice(stat.indexOf("(") + 1, close), seconds: ticks / TICKS_PER_SECOND });
    } catch {
      // the thread ended meanwhile
    }
  }
  return times;
}

export interface ThreadCpu {
  mainCpuSeconds: number;
  /** The writer thread, in an import: the busiest thread besides the main one. */
  busiestOtherCpuSeconds: number;
}

/**
 * Starts sampling every thread's CPU time (a thread's figures vanish when it ends, so they are read while it
 * runs: the last ~20 ms of a thread may be missed). stop() gives the time spent since start.
 */
export function trackThreadCpu(): { stop: () => ThreadCpu } {
  const before = threadTimes();
  const latest: ThreadTimes = new Map(before);
  const sample = () => {
    for (const [tid, time] of threadTimes()) latest.set(tid, time);
  };
  const timer = setInterval(sample, 20);
  return {
    stop() {
      clearInterval(timer);
      sample();
      const mainTid = String(process.pid);
      let main = 0;
      let busiest = 0;
      for (const [tid, { seconds }] of latest) {
        const spent = seconds - (before.get(tid)?.seconds ?? 0);
        if (tid === mainTid) main = spent;
        else busiest = Math.max(busiest, spent);
      }
      return { mainCpuSeconds: main, busiestOtherCpuSeconds: busiest };
    },
  };
}
