/**
 * One browser for a whole bench run, switching the extension on and off between samples, so "with"
 * and "without" interleave on the same process, profile, caches and machine load.
 */
import type { Browser, Page } from 'puppeteer-core';
import type { FixtureServer } from '../fixture-server.ts';
import { launchWithExtension, type BrowserKind, type Launched } from '../launch.ts';
import { URLS } from './pages.ts';

export interface BenchBrowser {
  kind: BrowserKind;
  browser: Browser;
  /** Pid of the browser's main process (for /proc CPU times). */
  pid: number;
  extensionOrigin: string;
  readonly enabled: boolean;
  /** Installs or removes the extension, then loads one page unmeasured so no sample pays for the switch. */
  setEnabled(on: boolean): Promise<void>;
  /** Opens a fresh tab, runs `use`, closes the tab (also when `use` throws). */
  withPage<T>(use: (page: Page) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export async function openBenchBrowser(opts: { kind: BrowserKind; extensionDir: string; server: FixtureServer; hosts: string[] }): Promise<BenchBrowser> {
  const launched: Launched = await launchWithExtension({ browser: opts.kind, extensionDir: opts.extensionDir, server: opts.server, hosts: opts.hosts });
  const browser = launched.browser;
  const pid = browser.process()?.pid;
  if (!pid) throw new Error(`bench: no process id for ${opts.kind}`);
  let enabled = true;

  async function withPage<T>(use: (page: Page) => Promise<T>): Promise<T> {
    const page = await browser.newPage();
    try {
      return await use(page);
    } finally {
      await page.close().catch(() => undefined);
    }
  }

  return {
    kind: opts.kind,
    browser,
    pid,
    extensionOrigin: launched.extensionOrigin,
    get enabled() {
      return enabled;
    },
    async setEnabled(on) {
      if (on === enabled) return;
      if (on) await browser.installExtension(opts.extensionDir);
      else await browser.uninstallExtension(launched.extensionId);
      enabled = on;
      await withPage(async (page) => {
        await page.goto(URLS.warmup, { waitUntil: 'load' });
        await settle(page);
      });
    },
    withPage,
    close: () => launched.close(),
  };
}

/**
 * Waits until the page and the content script are done with their start-up work: a moment after
 * load, then an idle period (the content script queues its own idle work before this does).
 */
export async function settle(page: Page, afterMs = 300): Promise<void> {
  await page.evaluate(
    (ms) =>
      new Promise<void>((resolve) =>
        setTimeout(() => requestIdleCallback(() => setTimeout(resolve, 50), { timeout: 3000 }), ms),
      ),
    afterMs,
  );
}
