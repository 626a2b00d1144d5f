/**
 * Turns bench runs into rows (medians, with minus without, ratios, targets met or not) and prints
 * them as the markdown tables the README shows.
 */
import { longTasksCaused, type ExtensionTrace } from './chromium.ts';
import type { BundleSize } from './sizes.ts';
import { ARTICLE_ELEMENTS, FRAME_COUNT, PAGE_ELEMENTS } from './pages.ts';
import type { BrowserRun, Paired } from './run.ts';
import { FEED_PER_SECOND, FEED_SECONDS } from './scenarios.ts';
import { max, median } from './stats.ts';

export interface Row {
  page: string;
  metric: string;
  browser: string;
  without?: number;
  with?: number;
  /** Shown as "+12.3" or "+4.5%". */
  added?: { value: number; unit: 'ms' | '%' | 'MB' };
  target?: string;
  ok?: boolean;
}

/** Issue #4's targets, on pages with nothing to warn about. */
export const TARGETS = {
  articleScriptMs: 2,
  feedScriptRatio: 0.05,
  mainThreadRatio: 0.02,
  longestTaskMs: 50,
  warningMs: 100,
  contentGzipBytes: 15 * 1024,
};

const NAME = { chromium: 'Chromium', firefox: 'Firefox' } as const;

export function timeRows(runs: BrowserRun[]): Row[] {
  const rows: Row[] = [];
  const article = `${ARTICLE_ELEMENTS.toLocaleString('en')}-element article`;
  const page = `${PAGE_ELEMENTS.toLocaleString('en')}-element story page`;
  const feed = `Feed, ${FEED_PER_SECOND.toLocaleString('en')} elements/s for ${FEED_SECONDS} s`;
  const frames = `Page with ${FRAME_COUNT} iframes`;
  for (const run of runs) {
    const browser = NAME[run.kind];
    const chromium = run.kind === 'chromium';
    // Chromium reports the page's main-thread time over CDP; Firefox has the content process's CPU.
    const mainThread = (page: string, p: Paired) =>
      chromium ? ratio(page, 'main-thread time (ms)', browser, p, 'taskMs', TARGETS.mainThreadRatio) : ratio(page, 'main-thread CPU (ms)', browser, p, 'pageMainCpuMs', TARGETS.mainThreadRatio);
    if (run.article) {
      if (chromium) rows.push(added(article, 'script time (ms)', browser, run.article, 'scriptMs', { max: TARGETS.articleScriptMs }));
      rows.push(mainThread(article, run.article), ratio(article, 'load (ms)', browser, run.article, 'loadMs'));
      if (run.traces?.article) rows.push(...traced(article, browser, run.traces.article, run.article));
    }
    if (run.page) {
      if (chromium) rows.push(added(page, 'script time (ms)', browser, run.page, 'scriptMs'));
      rows.push(mainThread(page, run.page), ratio(page, 'load (ms)', browser, run.page, 'loadMs'));
      if (run.traces?.page) rows.push(...traced(page, browser, run.traces.page, run.page));
    }
    if (run.feed) {
      if (chromium) rows.push(ratio(feed, 'script time (ms)', browser, run.feed, 'scriptMs', TARGETS.feedScriptRatio));
      // The page times its own inserts: when it runs longer with ShareGuard, so does the script time above.
      rows.push(ratio(feed, "page's own work, timed by the page (ms)", browser, run.feed, 'pageOwnMs'));
      rows.push(mainThread(feed, run.feed), ratio(feed, 'CPU, all browser processes (ms)', browser, run.feed, 'allCpuMs'));
      if (run.traces?.feed) rows.push(...traced(feed, browser, run.traces.feed, run.feed));
    }
    if (run.frames) {
      if (chromium) {
        const row = added(frames, 'script time (ms)', browser, run.frames, 'scriptMs');
        row.metric = `script time (ms); added per frame ${fmt(row.added!.value / (FRAME_COUNT + 1))}`;
        rows.push(row);
      }
      rows.push(mainThread(frames, run.frames), ratio(frames, 'load (ms)', browser, run.frames, 'loadMs'));
      if (run.traces?.frames) rows.push(...traced(frames, browser, run.traces.frames, run.frames));
    }
  }
  for (const run of runs) {
    if (!run.prompt) continue;
    for (const [kind, label] of [['bank', 'Plaid script + "Link your bank account"'], ['social', 'Facebook OAuth link']] as const) {
      const samples = run.prompt[kind];
      // Visible means painted: the first frame after the warning entered the DOM.
      const painted = samples.map((s) => s.paintedMs!);
      rows.push({
        page: `Prompt inserted late: ${label}`,
        metric: `warning painted (ms): median ${fmt(median(painted))}, in the DOM ${fmt(median(samples.map((s) => s.inDomMs!)))}; worst shown`,
        browser: NAME[run.kind],
        with: max(painted),
        target: `≤ ${TARGETS.warningMs} ms`,
        ok: painted.every((v) => v <= TARGETS.warningMs),
      });
    }
  }
  return rows;
}

export function memoryRows(runs: BrowserRun[]): Row[] {
  const rows: Row[] = [];
  for (const run of runs) {
    if (run.kind !== 'chromium') continue;
    if (run.article) rows.push({ ...added('Content script, one page (article)', 'JS heap after GC (MB)', 'Chromium', run.article, 'heapMb'), target: undefined });
    if (run.frames) {
      const row = added(`Content script, ${FRAME_COUNT} iframes + page`, 'JS heap after GC (MB)', 'Chromium', run.frames, 'heapMb');
      row.metric = `JS heap after GC (MB); per frame ${fmt(row.added!.value / (FRAME_COUNT + 1), 2)}`;
      rows.push(row);
    }
    if (run.serviceWorkerHeapMb !== undefined) rows.push({ page: 'Background service worker', metric: 'JS heap after GC (MB)', browser: 'Chromium', with: run.serviceWorkerHeapMb });
  }
  return rows;
}

function medianOf(p: Paired, key: string): { without: number; with: number } {
  return { without: median(p.without.map((s) => s[key]!)), with: median(p.with.map((s) => s[key]!)) };
}

function added(page: string, metric: string, browser: string, p: Paired, key: string, limit?: { max: number }): Row {
  const m = medianOf(p, key);
  const value = m.with - m.without;
  return { page, metric, browser, ...m, added: { value, unit: key === 'heapMb' ? 'MB' : 'ms' }, ...(limit ? { target: `≤ ${limit.max} ms`, ok: value <= limit.max } : {}) };
}

function ratio(page: string, metric: string, browser: string, p: Paired, key: string, limit?: number): Row {
  const m = medianOf(p, key);
  const value = (m.with - m.without) / m.without;
  return { page, metric, browser, ...m, added: { value: value * 100, unit: '%' }, ...(limit !== undefined ? { target: `≤ ${limit * 100}%`, ok: value <= limit } : {}) };
}

/**
 * From traced loads: the extension's own main-thread work (their median), as a share of the page's
 * main-thread time without it (a direct measure, where the difference of two noisy totals is not),
 * and its longest stretch in one task (the worst load's).
 */
function traced(page: string, browser: string, traces: ExtensionTrace[], p: Paired): Row[] {
  const extensionMs = median(traces.map((t) => t.extensionMs));
  const longestMs = max(traces.map((t) => t.longestTaskMs));
  const caused = traces.reduce((n, t) => n + longTasksCaused(t, TARGETS.longestTaskMs), 0);
  const share = extensionMs / medianOf(p, 'taskMs').without;
  const loads = traces.length > 1 ? `median of ${traces.length} traced loads` : 'traced';
  return [
    { page, metric: `extension's own main-thread time (ms, ${loads}; added = share of the page's)`, browser, with: extensionMs, added: { value: share * 100, unit: '%' }, target: `≤ ${TARGETS.mainThreadRatio * 100}%`, ok: share <= TARGETS.mainThreadRatio },
    { page, metric: `longest extension work in one task (ms, ${traces.length > 1 ? 'the worst traced load' : 'traced'})`, browser, with: longestMs, target: `≤ ${TARGETS.longestTaskMs} ms`, ok: longestMs <= TARGETS.longestTaskMs },
    { page, metric: `tasks over ${TARGETS.longestTaskMs} ms it made so (all traced loads)`, browser, with: caused, target: 'none', ok: caused === 0 },
  ];
}

export function sizeRows(sizes: BundleSize[]): string {
  const lines = ['| Bundle | Raw (KB) | Gzip (KB) | Loaded |', '|---|---:|---:|---|'];
  const when: Record<string, string> = {
    'content.js': `every page and a provider's frames; another frame once a person comes near it (target ≤ ${TARGETS.contentGzipBytes / 1024} KB gzip)`,
    'provider-page.js': "just before content.js, on a provider's hosts and in a frame a person comes near",
    'scanner.js': "once a frame's content.js has something to read: its markup names a provider, a person comes near a link, button or field, or the popup opens",
    'background.js': 'service worker / event page',
    'responder.js': 'only in a frame whose content script found something',
  };
  for (const s of sizes) lines.push(`| ${s.file} | ${kb(s.raw)} | ${kb(s.gzip)} | ${when[s.file] ?? 'popup / options page'}${s.file === 'content.js' ? (s.gzip <= TARGETS.contentGzipBytes ? ' ✓' : ' ✗') : ''} |`);
  return lines.join('\n');
}

export function markdownTable(rows: Row[], withTarget = true): string {
  const head = withTarget ? '| Page | Metric | Browser | Without | With | Added | Target |' : '| What | Metric | Browser | Without | With | Added |';
  const lines = [head, withTarget ? '|---|---|---|---:|---:|---:|---|' : '|---|---|---|---:|---:|---:|'];
  let lastPage = '';
  for (const r of rows) {
    const page = r.page === lastPage ? '' : r.page;
    lastPage = r.page;
    const addedText = r.added ? `${r.added.value >= 0 ? '+' : ''}${fmt(r.added.value, r.added.unit === 'MB' ? 2 : 1)}${r.added.unit === '%' ? '%' : ''}` : '';
    const target = r.target ? `${r.target} ${r.ok ? '✓' : '✗'}` : '';
    const cells = [page, r.metric, r.browser, fmt(r.without), fmt(r.with, r.added?.unit === 'MB' || r.page.includes('service') ? 2 : 1), addedText];
    if (withTarget) cells.push(target);
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

function fmt(v: number | undefined, digits = 1): string {
  if (v === undefined) return '';
  if (!Number.isFinite(v)) return 'n/a';
  return v.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function kb(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}
