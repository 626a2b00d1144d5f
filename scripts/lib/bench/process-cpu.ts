/**
 * CPU time of a browser's processes, read from /proc (Linux): the measure that exists in both
 * browsers. Thread times come from schedstat (nanoseconds), not stat's 10 ms ticks, so one page load
 * is resolved. A page's main thread is the main thread of its content process: Chromium renderers
 * (not the extension's own process) and Firefox's web content processes.
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface CpuSnapshot {
  /** Main-thread CPU of each page content process, by pid (ns). */
  pageMain: Map<number, number>;
  /** Every thread of every process of the browser (ns). */
  all: number;
}

export interface CpuDelta {
  /** Main-thread CPU of the page content processes (ms). */
  pageMainMs: number;
  /** All browser processes, all threads (ms). */
  allMs: number;
}

export function cpuSnapshot(rootPid: number): CpuSnapshot {
  const pageMain = new Map<number, number>();
  let all = 0;
  for (const pid of processTree(rootPid)) {
    const threads = safe(() => readdirSync(`/proc/${pid}/task`), []);
    for (const tid of threads) all += threadNs(pid, Number(tid));
    if (isPageProcess(pid)) pageMain.set(pid, threadNs(pid, pid));
  }
  return { pageMain, all };
}

export function cpuDelta(before: CpuSnapshot, after: CpuSnapshot): CpuDelta {
  let main = 0;
  for (const [pid, ns] of after.pageMain) main += ns - (before.pageMain.get(pid) ?? 0);
  return { pageMainMs: main / 1e6, allMs: (after.all - before.all) / 1e6 };
}

/** The root and every descendant. */
function processTree(rootPid: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    const stat = safe(() => readFileSync(`/proc/${pid}/stat`, 'utf8'), '');
    // Field 4 (ppid) follows the parenthesised command name, which may itself hold spaces.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (!children.has(ppid)) children.set(ppid, []);
    children.get(ppid)!.push(pid);
  }
  const out: number[] = [];
  const queue = [rootPid];
  while (queue.length) {
    const pid = queue.pop()!;
    out.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return out;
}

function isPageProcess(pid: number): boolean {
  const comm = safe(() => readFileSync(`/proc/${pid}/comm`, 'utf8').trim(), '');
  if (comm === 'Isolated Web Co' || comm === 'Web Content') return true;
  const cmdline = safe(() => readFileSync(`/proc/${pid}/cmdline`, 'utf8'), '');
  return cmdline.includes('--type=renderer') && !cmdline.includes('--extension-process');
}

function threadNs(pid: number, tid: number): number {
  const line = safe(() => readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8'), '0');
  return Number(line.split(' ')[0]) || 0;
}

function safe<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback; // the process or thread ended between listing and reading
  }
}
