/**
 * A bench run in one browser: rounds of samples with the extension on and off, the order flipped
 * every round (on/off, off/on, …) so drift in machine load falls on both sides alike.
 */
import type { FixtureServer } from '../fixture-server.ts';
import type { BrowserKind } from '../launch.ts';
import { serviceWorkerHeapMb, type ExtensionTrace } from './chromium.ts';
import { URLS } from './pages.ts';
import { FEED_SECONDS, feedSample, loadSample, promptSample, tracedSample, type PromptKind, type Sample } from './scenarios.ts';
import { openBenchBrowser, type BenchBrowser } from './session.ts';

export type Scenario = 'article' | 'page' | 'frames' | 'feed' | 'prompt';
export const ALL_SCENARIOS: Scenario[] = ['article', 'page', 'frames', 'feed', 'prompt'];
/** The pages measured as loads (the others: the feed runs, the prompt is inserted). */
const LOADS = ['article', 'page', 'frames'] as const;

export interface Paired {
  with: Sample[];
  without: Sample[];
}

export interface BrowserRun {
  kind: BrowserKind;
  version: string;
  rounds: number;
  article?: Paired;
  page?: Paired;
  frames?: Paired;
  feed?: Paired;
  prompt?: Record<PromptKind, Sample[]>;
  /**
   * Chromium, extension on: traced loads of each page (one a round: a single load's figure swings by
   * half), one traced feed run (ten seconds of its own, and steady).
   */
  traces?: Partial<Record<(typeof LOADS)[number] | 'feed', ExtensionTrace[]>>;
  serviceWorkerHeapMb?: number;
}

export interface RunOptions {
  kind: BrowserKind;
  extensionDir: string;
  server: FixtureServer;
  hosts: string[];
  rounds: number;
  scenarios: Scenario[];
  feedSeconds?: number;
  /** Chromium: also trace each page once (longest extension task, direct extension time). */
  trace?: boolean;
  log?: (line: string) => void;
}

export async function runBrowser(opts: RunOptions): Promise<BrowserRun> {
  const log = opts.log ?? (() => undefined);
  const want = new Set(opts.scenarios);
  const bb = await openBenchBrowser(opts);
  const out: BrowserRun = { kind: opts.kind, version: await bb.browser.version(), rounds: opts.rounds };
  const pair = (key: (typeof LOADS)[number] | 'feed') => (out[key] ??= { with: [], without: [] });
  try {
    for (let round = 0; round < opts.rounds; round++) {
      for (const on of round % 2 ? [false, true] : [true, false]) {
        await bb.setEnabled(on);
        const side = on ? 'with' : 'without';
        log(`${opts.kind} round ${round + 1}/${opts.rounds} ${side}`);
        for (const page of LOADS) if (want.has(page)) pair(page)[side].push(await loadSample(bb, URLS[page]));
        if (want.has('feed')) pair('feed')[side].push(await feedSample(bb, opts.feedSeconds));
        if (want.has('prompt') && on) {
          out.prompt ??= { bank: [], social: [] };
          for (const kind of ['bank', 'social'] as const) out.prompt[kind].push(await promptSample(bb, kind));
        }
      }
    }
    if (opts.kind === 'chromium') await chromiumExtras(bb, want, opts, out, log);
  } finally {
    await bb.close();
  }
  return out;
}

async function chromiumExtras(bb: BenchBrowser, want: Set<Scenario>, opts: RunOptions, out: BrowserRun, log: (l: string) => void): Promise<void> {
  await bb.setEnabled(true);
  if (opts.trace) {
    log('chromium traced samples');
    out.traces = {};
    for (const page of LOADS) {
      if (!want.has(page)) continue;
      const samples: ExtensionTrace[] = (out.traces[page] = []);
      for (let round = 0; round < opts.rounds; round++) samples.push(await tracedSample(bb, URLS[page]));
    }
    if (want.has('feed')) out.traces.feed = [await tracedSample(bb, URLS.feed, opts.feedSeconds ?? FEED_SECONDS)];
  }
  // A page with a prompt makes the worker do its real work (a report, the warning) before it is weighed.
  await promptSample(bb, 'bank');
  out.serviceWorkerHeapMb = await serviceWorkerHeapMb(bb.browser, bb.extensionOrigin);
}
