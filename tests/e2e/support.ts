// Shared by the e2e files: the fixture server, one browser per describe, and the popup read as data.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../scripts/lib/fixture-server.js';
import { hostsFromSites, launchWithExtension, type BrowserKind, type Launched, type LaunchOptions } from '../../scripts/lib/launch.js';

export const sitesDir = fileURLToPath(new URL('../fixtures/sites', import.meta.url));
export const distDir = (kind: BrowserKind) => fileURLToPath(new URL(`../../dist/${kind === 'chromium' ? 'chrome' : 'firefox'}`, import.meta.url));

/** What one popup entry says, read from the test contract's data attributes. */
export interface PopupEntry {
  provider: string;
  kind: string;
  categories: string[];
  risk: string;
  verdict: string;
}

/**
 * Starts the fixture server and the browser with the built extension for a describe block. A failed
 * launch surfaces as a failure of every test (vitest would otherwise report a throwing beforeAll as skips).
 */
export function useBrowserWithExtension(
  kind: BrowserKind,
  options: Partial<Pick<LaunchOptions, 'backgroundIdleTimeoutMs'>> = {},
): {
  server: () => FixtureServer;
  browser: () => Launched;
  restart: () => Promise<Launched>;
} {
  let server: FixtureServer | undefined;
  let launched: Launched | undefined;
  let error: unknown;
  beforeAll(async () => {
    try {
      if (!existsSync(`${distDir(kind)}/manifest.json`)) throw new Error(`no build in ${distDir(kind)}: run npm run build first`);
      const hosts = hostsFromSites(sitesDir);
      server = await startFixtureServer({ sitesDir, hosts });
      launched = await launchWithExtension({ browser: kind, extensionDir: distDir(kind), server, hosts, ...options });
    } catch (e) {
      error = e;
    }
  });
  afterAll(async () => {
    await launched?.close();
    await server?.close();
  });
  return {
    server: () => server ?? failWith(error),
    browser: () => launched ?? failWith(error),
    restart: async () => (launched = await (launched ?? failWith(error)).restart()),
  };
}

function failWith(error: unknown): never {
  throw error ?? new Error('the browser did not start');
}

/** Opens the popup for the tab showing `urlPart` and returns its entries once `ready` holds. */
export async function readPopup(l: Launched, urlPart: string, ready: (entries: PopupEntry[]) => boolean = (e) => e.length > 0): Promise<{ page: Page; entries: PopupEntry[] }> {
  const tabId = await l.tabIdOf(urlPart);
  const page = await l.openExtensionPage(`popup.html?tab=${tabId}`);
  await page.waitForSelector('[data-detection], .empty', { timeout: 10_000 });
  let entries: PopupEntry[] = [];
  const deadline = Date.now() + 10_000;
  for (;;) {
    entries = await page.$$eval('[data-detection]', (els) =>
      els.map((el) => ({
        provider: el.getAttribute('data-provider') ?? '',
        kind: el.getAttribute('data-kind') ?? '',
        categories: (el.getAttribute('data-categories') ?? '').split(' ').filter(Boolean),
        risk: el.getAttribute('data-risk') ?? '',
        verdict: el.getAttribute('data-verdict') ?? '',
      })),
    );
    if (ready(entries) || Date.now() > deadline) return { page, entries };
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * The popup's entries for a page expected to report nothing, once it has had time to report anyway:
 * opening the popup reads the page whole (what no look at load read, src/content/page-watcher.ts),
 * and a second opening shows what that found.
 */
export async function readPopupSettled(l: Launched, urlPart: string, settleMs = 1_000): Promise<{ page: Page; entries: PopupEntry[] }> {
  await (await readPopup(l, urlPart, () => true)).page.close();
  await sleep(settleMs);
  return readPopup(l, urlPart, () => true);
}

/** Runs code in an extension page with the extension API (`browser` in Firefox, `chrome` in Chromium). */
export async function inExtension<T>(l: Launched, fn: string): Promise<T> {
  const page = await l.openExtensionPage('options.html');
  try {
    return (await page.evaluate(`(async () => { const api = globalThis.browser ?? globalThis.chrome; ${fn} })()`)) as T;
  } finally {
    await page.close();
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `read` until `done` holds, or fails after `timeoutMs` with the last value seen. */
export async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`waitFor: still ${JSON.stringify(value)} after ${timeoutMs} ms`);
    await sleep(100);
  }
}
