import { readdirSync, readFileSync } from 'node:fs';

/** Parent pid of every process, read from /proc/<pid>/stat. */
function parentMap(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may hold spaces and parentheses: fields start after the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      // The process ended while we looked.
    }
  }
  return children;
}

/** Resident memory (VmRSS) of a process in bytes; 0 when it has ended. */
function rssBytes(pid: number): number {
  try {
    const m = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Sum of `measure` over a process and all its descendants running now. */
function overTree(root: number, measure: (pid: number) => number): number {
  const children = parentMap();
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    total += measure(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Sum of VmRSS over a process and all its descendants, right now. */
export function treeRss(root: number): number {
  return overTree(root, rssBytes);
}

/** Processor seconds (user + system) a process has used so far, its reaped children included; 0 when it has ended. */
function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // After the command name: state is field 3, utime 14, stime 15, cutime 16, cstime 17 (in clock ticks of 1/100 s).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0) / 100;
  } catch {
    return 0;
  }
}

/** Processor seconds a process and all its descendants running now have used. */
export function treeCpuSeconds(root: number): number {
  return overTree(root, cpuSeconds);
}

/** Samples a process tree's memory every `intervalMs` until stopped; `stop()` returns the peak in bytes. */
export function samplePeakMemory(root: number, intervalMs = 100): { stop(): number } {
  let peak = treeRss(root);
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRss(root));
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}
