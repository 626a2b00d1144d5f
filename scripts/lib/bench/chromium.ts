/**
 * What Chromium's DevTools protocol says about a page: main-thread task and script time
 * (Performance.getMetrics), the JS heap after a collection, and, from a trace, which of the main
 * thread's work ran the extension's code.
 */
import type { Browser, CDPSession, Page } from 'puppeteer-core';

export interface PageMetrics {
  /** All main-thread tasks of the page's renderer (ms). */
  taskMs: number;
  /** JavaScript run on that thread, every world: the page's and the content script's (ms). */
  scriptMs: number;
  layoutMs: number;
  styleMs: number;
}

export class ChromiumProbe {
  private constructor(readonly cdp: CDPSession) {}

  /** Attach before navigating: metrics count from here. */
  static async attach(page: Page): Promise<ChromiumProbe> {
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    return new ChromiumProbe(cdp);
  }

  async metrics(): Promise<PageMetrics> {
    const { metrics } = await this.cdp.send('Performance.getMetrics');
    const m = new Map(metrics.map((x) => [x.name, x.value]));
    const ms = (name: string) => (m.get(name) ?? Number.NaN) * 1000;
    return { taskMs: ms('TaskDuration'), scriptMs: ms('ScriptDuration'), layoutMs: ms('LayoutDuration'), styleMs: ms('RecalcStyleDuration') };
  }

  /** Live JS heap of the page's renderer after a full collection (MB): every world and frame in it. */
  async heapMb(): Promise<number> {
    return heapAfterGc(this.cdp);
  }
}

export function metricsDelta(a: PageMetrics, b: PageMetrics): PageMetrics {
  return { taskMs: b.taskMs - a.taskMs, scriptMs: b.scriptMs - a.scriptMs, layoutMs: b.layoutMs - a.layoutMs, styleMs: b.styleMs - a.styleMs };
}

async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1e6;
}

/** The extension service worker's live heap after a collection (MB); wakes it with a message first. */
export async function serviceWorkerHeapMb(browser: Browser, extensionOrigin: string): Promise<number> {
  const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(extensionOrigin), { timeout: 10_000 });
  const cdp = await target.createCDPSession();
  try {
    return await heapAfterGc(cdp);
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

export interface ExtensionTrace {
  /** Main-thread time spent running the extension's code (ms): direct, not a difference. */
  extensionMs: number;
  /** The most extension work inside one main-thread task (ms). */
  longestTaskMs: number;
  /** Each main-thread task the extension worked in: its length and the extension's part (ms). */
  tasks: { taskMs: number; extensionMs: number }[];
}

/** Tasks over `limitMs` that would not be over it without the extension's part. */
export function longTasksCaused(trace: Pick<ExtensionTrace, 'tasks'>, limitMs: number): number {
  return trace.tasks.filter((t) => t.taskMs > limitMs && t.taskMs - t.extensionMs <= limitMs).length;
}

const TRACE_CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8'];

/** Traces `run` and attributes main-thread work to the extension by the script it runs. */
export async function traceExtension(page: Page, extensionOrigin: string, run: () => Promise<void>): Promise<ExtensionTrace> {
  await page.tracing.start({ categories: TRACE_CATEGORIES });
  let buffer: Uint8Array | undefined;
  try {
    await run();
  } finally {
    buffer = await page.tracing.stop();
  }
  const events = (JSON.parse(Buffer.from(buffer ?? []).toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  return attribute(events, extensionOrigin);
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string }; fileName?: string };
}

/**
 * Outermost script events (EvaluateScript, FunctionCall, v8.run…) whose script is the extension's,
 * grouped by the top-level task they ran in.
 */
function attribute(events: TraceEvent[], origin: string): ExtensionTrace {
  const isExt = (e: TraceEvent) => (e.args?.data?.url ?? e.args?.fileName ?? '').startsWith(origin);
  const complete = events.filter((e) => e.ph === 'X' && e.dur !== undefined);
  const tasks = new TaskIndex(outermost(complete.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask')));
  const ext = outermost(complete.filter(isExt));
  const perTask = new Map<TraceEvent | null, number>();
  for (const e of ext) {
    const task = tasks.containing(e);
    perTask.set(task, (perTask.get(task) ?? 0) + e.dur!);
  }
  let longest = 0;
  const inTasks: ExtensionTrace['tasks'] = [];
  for (const [task, us] of perTask) {
    longest = Math.max(longest, us);
    if (task) inTasks.push({ taskMs: task.dur! / 1000, extensionMs: us / 1000 });
  }
  const total = ext.reduce((sum, e) => sum + e.dur!, 0);
  return { extensionMs: total / 1000, longestTaskMs: longest / 1000, tasks: inTasks };
}

/** Drops events nested inside another kept event of the same thread. */
function outermost(events: TraceEvent[]): TraceEvent[] {
  const sorted = [...events].sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const out: TraceEvent[] = [];
  const openEnd = new Map<string, number>();
  for (const e of sorted) {
    const thread = `${e.pid}:${e.tid}`;
    if ((openEnd.get(thread) ?? -1) >= e.ts + e.dur!) continue;
    out.push(e);
    openEnd.set(thread, e.ts + e.dur!);
  }
  return out;
}

/** Top-level tasks (none nested) per thread, sorted, to find the one an event ran in by binary search. */
class TaskIndex {
  private readonly byThread = new Map<string, TraceEvent[]>();

  constructor(tasks: TraceEvent[]) {
    for (const t of tasks) {
      const key = `${t.pid}:${t.tid}`;
      if (!this.byThread.has(key)) this.byThread.set(key, []);
      this.byThread.get(key)!.push(t);
    }
    for (const list of this.byThread.values()) list.sort((a, b) => a.ts - b.ts);
  }

  containing(e: TraceEvent): TraceEvent | null {
    const list = this.byThread.get(`${e.pid}:${e.tid}`) ?? [];
    let lo = 0;
    let hi = list.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.ts <= e.ts) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const task = list[found];
    return task && task.ts + task.dur! >= e.ts + e.dur! ? task : null;
  }
}
