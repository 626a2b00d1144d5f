/**
 * The cheap guard CI runs on every build (npm test): bundle sizes against the limits, and a
 * short run of the benchmark in real Chromium against budgets loose enough for a shared CI machine
 * yet tight enough to fail on the kind of regression that matters (a scanner in every frame, a
 * rescan of the document per mutation: ~+4 ms on the article, ~+60% on the feed). `npm run bench`
 * measures the real targets.
 *
 *   npx tsx scripts/budget.ts [--sizes-only] [--build DIR]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildExtension } from './build.ts';
import { startFixtureServer } from './lib/fixture-server.ts';
import { writeBenchSites } from './lib/bench/pages.ts';
import { TARGETS } from './lib/bench/report.ts';
import { longTasksCaused } from './lib/bench/chromium.ts';
import { runBrowser, type Paired } from './lib/bench/run.ts';
import { bundleSizes } from './lib/bench/sizes.ts';
import { median } from './lib/bench/stats.ts';

/** gzip -9 bytes per bundle. content.js is the limit; the others guard against a dependency slipping in. */
const SIZE_BUDGETS: Record<string, number> = {
  'content.js': TARGETS.contentGzipBytes,
  // One assignment: anything more runs before content.js on every provider page and woken frame.
  'provider-page.js': 256,
  // Loaded only when a frame has something to read: the engine and the catalog's plan.
  'scanner.js': 14 * 1024,
  'responder.js': 40 * 1024,
  'background.js': 20 * 1024,
};
/** About twice the targets, over 3 rounds: catches regressions, not noise. */
const TIME_BUDGETS = {
  articleAddedScriptMs: 2 * TARGETS.articleScriptMs,
  // Traced on a 4 s feed, where the first second (read before the feed counts as churning) weighs
  // more: ~0.07–0.12 today, ~0.17 when every post was read, ~0.6 for a rescan per mutation.
  feedScriptRatio: 0.15,
  framesAddedScriptMsPerFrame: 1,
  // The 2% target with room for a shared machine: ~0.015 today (content.js reads no element of these
  // pages), 0.07–0.12 when it read them whole at load.
  pageShare: 0.05,
  warningMs: 2 * TARGETS.warningMs,
};
/**
 * The article's main-thread time without ShareGuard (TaskDuration) on the machine these budgets were
 * set on. A shared CI machine is sometimes much slower (1,728 ms in one run): it runs ShareGuard's
 * scripts slower by as much, so the budgets in ms scale by how much slower it runs the page itself,
 * never below 1. The ratio and the counts do not scale.
 */
const REFERENCE_ARTICLE_TASK_MS = 969;
const ROUNDS = 3;
const FEED_SECONDS = 4;

const { values } = parseArgs({ options: { 'sizes-only': { type: 'boolean', default: false }, build: { type: 'string' } } });
const failures: string[] = [];
const check = (name: string, value: number, budget: number, unit: string) => {
  const ok = value <= budget;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}: ${value.toFixed(unit === 'B' ? 0 : 2)} ${unit} (budget ${budget} ${unit})`);
  if (!ok) failures.push(name);
};

const work = await mkdtemp(path.join(os.tmpdir(), 'shareguard-budget-'));
try {
  const buildDir = values.build ? path.resolve(values.build) : path.join(work, 'build');
  if (!values.build) await buildExtension(buildDir);
  for (const size of await bundleSizes(path.join(buildDir, 'chrome'))) {
    const budget = SIZE_BUDGETS[size.file];
    if (budget !== undefined) check(`${size.file} gzipped`, size.gzip, budget, 'B');
  }
  if (!values['sizes-only']) await timeChecks(path.join(buildDir, 'chrome'), path.join(work, 'sites'));
} finally {
  await rm(work, { recursive: true, force: true });
}
if (failures.length) {
  console.error(`\nover budget: ${failures.join(', ')}. Measure with npm run bench; see README "What it costs".`);
  process.exit(1);
}

async function timeChecks(extensionDir: string, sitesDir: string): Promise<void> {
  const hosts = await writeBenchSites(sitesDir);
  const server = await startFixtureServer({ sitesDir, hosts });
  try {
    const run = await runBrowser({ kind: 'chromium', extensionDir, server, hosts, rounds: ROUNDS, scenarios: ['article', 'page', 'frames', 'feed', 'prompt'], feedSeconds: FEED_SECONDS, trace: true });
    const m = (p: Paired | undefined, side: 'with' | 'without', key: 'scriptMs' | 'taskMs') => median(p![side].map((s) => s[key]!));
    const slowdown = Math.max(1, m(run.article, 'without', 'taskMs') / REFERENCE_ARTICLE_TASK_MS);
    console.log(`     this machine ran the article ${slowdown.toFixed(2)}× as long as the reference: the ms budgets are scaled by that`);
    const ms = (budget: number) => Math.round(budget * slowdown * 100) / 100;
    check('article: added script time', m(run.article, 'with', 'scriptMs') - m(run.article, 'without', 'scriptMs'), ms(TIME_BUDGETS.articleAddedScriptMs), 'ms');
    // On the feed a difference of two medians of 3 swings by more than the budget; the trace attributes
    // the extension's own main-thread time directly (tracing inflates it a little: a bound from above).
    check('feed: extension script time (traced) / page script time', run.traces!.feed![0]!.extensionMs / m(run.feed, 'without', 'scriptMs'), TIME_BUDGETS.feedScriptRatio, '');
    const pageMs = median(run.traces!.page!.map((t) => t.extensionMs));
    check('story page: extension time (traced) / page main-thread time', pageMs / m(run.page, 'without', 'taskMs'), TIME_BUDGETS.pageShare, '');
    const framesMs = median(run.traces!.frames!.map((t) => t.extensionMs));
    check('50 frames: extension time (traced) / page main-thread time', framesMs / m(run.frames, 'without', 'taskMs'), TIME_BUDGETS.pageShare, '');
    check('50 frames: added script time per frame', (m(run.frames, 'with', 'scriptMs') - m(run.frames, 'without', 'scriptMs')) / 51, ms(TIME_BUDGETS.framesAddedScriptMsPerFrame), 'ms');
    // 50 ms on the reference machine: a task of the page's that long here is longer by the slowdown.
    const longTask = ms(TARGETS.longestTaskMs);
    const caused = Object.values(run.traces!).flat().reduce((n, t) => n + longTasksCaused(t, longTask), 0);
    check(`tasks over ${longTask} ms caused by the extension (traced)`, caused, 0, '');
    const warnings = [...run.prompt!.bank, ...run.prompt!.social].map((s) => s.paintedMs!);
    check('late prompt: warning visible after', median(warnings), ms(TIME_BUDGETS.warningMs), 'ms');
  } finally {
    await server.close();
  }
}
