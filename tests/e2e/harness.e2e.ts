// Self-test of the e2e harness (fixture server, certs, browser launch) using a throwaway probe
// extension, so harness breakage is told apart from ShareGuard breakage.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../scripts/lib/fixture-server.js';
import { hostsFromSites, launchWithExtension, selectedBrowsers, type BrowserKind, type Launched } from '../../scripts/lib/launch.js';

const sitesDir = fileURLToPath(new URL('../fixtures/sites', import.meta.url));
const hosts = hostsFromSites(sitesDir);
const GECKO_ID = 'shareguard@shareguard.dev';

async function buildProbeExtension(root: string, kind: BrowserKind): Promise<string> {
  const dir = path.join(root, kind);
  await mkdir(dir, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: 'ShareGuard harness probe',
    version: '0.0.1',
    host_permissions: ['<all_urls>'],
    content_scripts: [{ matches: ['<all_urls>'], js: ['content.js'] }],
    ...(kind === 'firefox'
      ? { background: { scripts: ['background.js'] }, browser_specific_settings: { gecko: { id: GECKO_ID } } }
      : { background: { service_worker: 'background.js' } }),
  };
  await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  await writeFile(path.join(dir, 'content.js'), "document.documentElement.dataset.harness = 'ok';\n");
  await writeFile(path.join(dir, 'background.js'), '// probe: nothing to do\n');
  await writeFile(path.join(dir, 'page.html'), '<!doctype html><meta charset="utf-8"><title>probe</title><p id="probe">probe page</p>\n');
  return dir;
}

let server: FixtureServer;
let extRoot: string;

beforeAll(async () => {
  server = await startFixtureServer({ sitesDir, hosts });
  extRoot = await mkdtemp(path.join(os.tmpdir(), 'shareguard-probe-ext-'));
});

afterAll(async () => {
  await server?.close();
  if (extRoot) await rm(extRoot, { recursive: true, force: true });
});

// One describe per browser; vitest runs them one after the other, never two browsers at once.
describe.each(selectedBrowsers())('harness on %s', (kind) => {
  let launched: Launched | undefined;
  let launchError: unknown;
  let t0 = 0;
  // A failed launch (e.g. missing binary) must show as failed tests, not as skipped ones,
  // which is what vitest reports when beforeAll throws.
  const browserUnderTest = (): Launched => {
    if (!launched) throw launchError;
    return launched;
  };

  beforeAll(async () => {
    t0 = Date.now();
    try {
      launched = await launchWithExtension({ browser: kind, extensionDir: await buildProbeExtension(extRoot, kind), server, hosts });
    } catch (err) {
      launchError = err;
    }
  });

  afterAll(async () => {
    await launched?.close();
    console.log(`[harness] ${kind}: launch → all checks → closed in ${Date.now() - t0} ms`);
  });

  it.each([
    ['https://www.facebook.com/', '/'],
    ['https://cdn.plaid.com/x.js', '/x.js'],
  ])('serves %s through the fixture server and runs the content script', async (url, reqPath) => {
    const l = browserUnderTest();
    server.clearRequests();
    const page = await l.browser.newPage();
    try {
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForFunction(() => document.documentElement.dataset.harness === 'ok', { timeout: 10_000 });
      const host = new URL(url).host;
      const req = await server.waitForRequest((r) => r.host === host && r.path === reqPath, 1_000);
      expect(req.status).toBe(200);
      expect(server.hasRequested((r) => r.url === url)).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('opens an extension page and finds a tab id', async () => {
    const l = browserUnderTest();
    expect(l.extensionOrigin).toMatch(kind === 'chromium' ? /^chrome-extension:\/\/[a-p]{32}$/ : /^moz-extension:\/\/[0-9a-f-]{36}$/);
    const ext = await l.openExtensionPage('page.html');
    expect(await ext.$eval('#probe', (el) => el.textContent)).toBe('probe page');

    const site = await l.browser.newPage();
    await site.goto('https://www.facebook.com/?harness=1', { waitUntil: 'load' });
    const tabId = await l.tabIdOf('www.facebook.com/?harness=1');
    expect(typeof tabId).toBe('number');
    expect(Number.isInteger(tabId)).toBe(true);
    await Promise.all([ext.close(), site.close()]);
  });
});
