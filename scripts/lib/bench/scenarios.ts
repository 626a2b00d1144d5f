/**
 * One measured sample of each bench page, in whichever state (extension on or off) the browser is
 * in. Every sample is a fresh tab. Chromium adds DevTools metrics; both browsers give load time and
 * /proc CPU; the late-prompt latency is timed by the page itself.
 */
import type { Page } from 'puppeteer-core';
import { ChromiumProbe, metricsDelta, traceExtension, type ExtensionTrace, type PageMetrics } from './chromium.ts';
import { URLS } from './pages.ts';
import { cpuDelta, cpuSnapshot } from './process-cpu.ts';
import { settle, type BenchBrowser } from './session.ts';

export type Sample = Record<string, number>;

export const FEED_SECONDS = 10;
export const FEED_PER_SECOND = 1_000;

/** A page load: load time, CPU, and in Chromium the page's task/script time and heap. */
export function loadSample(bb: BenchBrowser, url: string): Promise<Sample> {
  return bb.withPage(async (page) => {
    const probe = bb.kind === 'chromium' ? await ChromiumProbe.attach(page) : undefined;
    const cpu0 = cpuSnapshot(bb.pid);
    await page.goto(url, { waitUntil: 'load' });
    await settle(page);
    const cpu = cpuDelta(cpu0, cpuSnapshot(bb.pid));
    const sample: Sample = { loadMs: await loadTime(page), pageMainCpuMs: cpu.pageMainMs, allCpuMs: cpu.allMs };
    if (probe) Object.assign(sample, await probe.metrics(), { heapMb: await probe.heapMb() });
    return sample;
  });
}

/** The feed inserting FEED_PER_SECOND elements a second for FEED_SECONDS: what that costs, load excluded. */
export function feedSample(bb: BenchBrowser, seconds = FEED_SECONDS): Promise<Sample> {
  return bb.withPage(async (page) => {
    const probe = bb.kind === 'chromium' ? await ChromiumProbe.attach(page) : undefined;
    await page.goto(URLS.feed, { waitUntil: 'load' });
    await settle(page);
    return runFeed(page, bb, probe, seconds);
  });
}

async function runFeed(page: Page, bb: BenchBrowser, probe: ChromiumProbe | undefined, seconds: number): Promise<Sample> {
  const m0 = await probe?.metrics();
  const cpu0 = cpuSnapshot(bb.pid);
  const run = await page.evaluate(
    (s, n) => (window as unknown as { __feed: { run(s: number, n: number): Promise<{ elements: number; ownMs: number }> } }).__feed.run(s, n),
    seconds,
    FEED_PER_SECOND,
  );
  await settle(page, 100); // the last batch is the extension's too
  const cpu = cpuDelta(cpu0, cpuSnapshot(bb.pid));
  const sample: Sample = { elements: run.elements, pageOwnMs: run.ownMs, pageMainCpuMs: cpu.pageMainMs, allCpuMs: cpu.allMs };
  if (probe && m0) Object.assign(sample, metricsDelta(m0, await probe.metrics()) satisfies PageMetrics);
  return sample;
}

export type PromptKind = 'bank' | 'social';

/** A prompt inserted after the page settled: ms until <shareguard-warning> is in the DOM, and painted. */
export function promptSample(bb: BenchBrowser, kind: PromptKind): Promise<Sample> {
  return bb.withPage(async (page) => {
    await page.goto(URLS.prompt, { waitUntil: 'load' });
    await settle(page);
    if (bb.kind === 'chromium') await page.bringToFront(); // headless Chromium runs frames only for the tab in front
    const r = await page.evaluate(
      (k) => (window as unknown as { __prompt: { insert(k: string): Promise<{ inDomMs: number | null; paintedMs: number | null }> } }).__prompt.insert(k),
      kind,
    );
    return { inDomMs: r.inDomMs ?? Number.NaN, paintedMs: r.paintedMs ?? Number.NaN };
  });
}

/** Chromium, extension on: a traced load (and, for the feed, run) with the extension's work picked out. */
export function tracedSample(bb: BenchBrowser, url: string, feedSeconds = 0): Promise<ExtensionTrace> {
  return bb.withPage(async (page) => {
    if (feedSeconds) {
      await page.goto(url, { waitUntil: 'load' });
      await settle(page);
    }
    return traceExtension(page, bb.extensionOrigin, async () => {
      if (feedSeconds) await runFeed(page, bb, undefined, feedSeconds);
      else {
        await page.goto(url, { waitUntil: 'load' });
        await settle(page);
      }
    });
  });
}

async function loadTime(page: Page): Promise<number> {
  return page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.loadEventEnd ?? Number.NaN);
}
