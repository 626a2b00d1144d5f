// Launches headless Chromium or Firefox ESR with an unpacked extension installed, wired so that
// every fixture host is answered by the local fixture server and nothing else reaches the network.
// See shared/reference/browser-testing.md for why each flag/pref is here.
import { randomUUID } from 'node:crypto';
import { constants, readdirSync } from 'node:fs';
import { access, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page, type Target } from 'puppeteer-core';
import type { FixtureServer } from './fixture-server.js';

export type BrowserKind = 'chromium' | 'firefox';

export interface LaunchOptions {
  browser: BrowserKind;
  /** Absolute path to the unpacked build (dist/chrome or dist/firefox). */
  extensionDir: string;
  server: FixtureServer;
  hosts: string[];
  headless?: boolean;
  /**
   * Extension page used by tabIdOf to call tabs.query. Defaults to the manifest's
   * action.default_popup, then its options page, then the first .html file at the root.
   */
  helperPage?: string;
  /** Firefox: suspend an idle event page after this long (a short one proves state survives suspension). */
  backgroundIdleTimeoutMs?: number;
  /** @internal Used by restart(): reuse this profile (and Firefox extension UUID) instead of fresh ones. */
  reuse?: { profileDir: string; firefoxUuid: string };
}

export interface Launched {
  browser: Browser;
  kind: BrowserKind;
  /** 'chrome-extension://<id>' or 'moz-extension://<uuid>', no trailing slash. */
  extensionOrigin: string;
  /** Chromium extension id, or the gecko id in Firefox. */
  extensionId: string;
  /** Opens `<extensionOrigin>/<path>` in a new tab and resolves once it has fully loaded. */
  openExtensionPage(path: string): Promise<Page>;
  /** Id of the (newest) tab whose URL contains urlSubstring; retries until timeoutMs. */
  tabIdOf(urlSubstring: string, timeoutMs?: number): Promise<number>;
  /** Chromium only: opens the real toolbar popup for page's tab and returns the popup page. */
  openPopupFor?(page: Page): Promise<Page>;
  /**
   * Closes the browser and starts it again on the same profile with the extension installed again
   * from the same folder: what a person's browser restart does to the extension's stored data.
   */
  restart(): Promise<Launched>;
  close(): Promise<void>;
}

const DEFAULT_EXECUTABLES: Record<BrowserKind, string> = {
  chromium: '/usr/lib/chromium/chromium',
  firefox: '/usr/bin/firefox-esr',
};
const EXECUTABLE_ENV: Record<BrowserKind, string> = {
  chromium: 'SHAREGUARD_CHROMIUM_PATH',
  firefox: 'SHAREGUARD_FIREFOX_PATH',
};

/** Browsers selected by SHAREGUARD_BROWSERS (comma-separated; default 'chromium,firefox'). */
export function selectedBrowsers(env: NodeJS.ProcessEnv = process.env): BrowserKind[] {
  const raw = (env.SHAREGUARD_BROWSERS ?? '').trim() || 'chromium,firefox';
  const names = raw.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  for (const n of names) {
    if (n !== 'chromium' && n !== 'firefox') {
      throw new Error(`SHAREGUARD_BROWSERS: unknown browser '${n}' (use chromium and/or firefox)`);
    }
  }
  return [...new Set(names)] as BrowserKind[];
}

/** Path of the browser binary; throws (so tests fail, never skip) when it is missing. */
export async function browserExecutable(kind: BrowserKind): Promise<string> {
  const exe = process.env[EXECUTABLE_ENV[kind]] || DEFAULT_EXECUTABLES[kind];
  try {
    await access(exe, constants.X_OK);
  } catch {
    throw new Error(
      `${kind} binary not found or not executable at ${exe}. Install it ` +
        `(apt-get install -y ${kind === 'chromium' ? 'chromium' : 'firefox-esr'}) or set ${EXECUTABLE_ENV[kind]}.`,
    );
  }
  return exe;
}

/** Fixture host names = the directory names under sitesDir. */
export function hostsFromSites(sitesDir: string): string[] {
  return readdirSync(sitesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

interface ManifestBits {
  action?: { default_popup?: string };
  options_ui?: { page?: string };
  options_page?: string;
  browser_specific_settings?: { gecko?: { id?: string } };
}

// Minimal shape of the extension API used inside extension pages.
interface TabsApi {
  tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> };
}

export async function launchWithExtension(opts: LaunchOptions): Promise<Launched> {
  if (!path.isAbsolute(opts.extensionDir)) {
    throw new Error(`extensionDir must be absolute: ${opts.extensionDir}`);
  }
  const manifest = JSON.parse(await readFile(path.join(opts.extensionDir, 'manifest.json'), 'utf8')) as ManifestBits;
  const executablePath = await browserExecutable(opts.browser);
  const profileDir = opts.reuse?.profileDir ?? (await mkdtemp(path.join(os.tmpdir(), `shareguard-${opts.browser}-profile-`)));
  const firefoxUuid = opts.reuse?.firefoxUuid ?? randomUUID();
  const headless = opts.headless ?? true;

  let browser: Browser;
  let extensionOrigin: string;
  let extensionId: string;
  try {
    if (opts.browser === 'chromium') {
      browser = await puppeteer.launch({
        browser: 'chrome',
        executablePath,
        headless, // new headless: the old headless shell cannot load extensions
        pipe: true,
        enableExtensions: true, // install later via installExtension(), which reports failures
        acceptInsecureCerts: true,
        userDataDir: profileDir,
        args: chromiumArgs(opts.hosts, opts.server.httpsPort),
      });
      extensionId = await browser.installExtension(opts.extensionDir);
      extensionOrigin = `chrome-extension://${extensionId}`;
    } else {
      const geckoId = manifest.browser_specific_settings?.gecko?.id;
      if (!geckoId) throw new Error(`${opts.extensionDir}/manifest.json has no browser_specific_settings.gecko.id`);
      const uuid = firefoxUuid;
      browser = await puppeteer.launch({
        browser: 'firefox',
        executablePath,
        headless,
        acceptInsecureCerts: true,
        userDataDir: profileDir,
        // Without it, BiDi refuses to navigate to moz-extension:// pages.
        args: ['--remote-allow-system-access'],
        // Blocks every non-loopback connection, including Firefox's own settings/telemetry polling.
        env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
        extraPrefsFirefox: {
          ...firefoxPrefs(opts.server.proxyPort, geckoId, uuid),
          ...(opts.backgroundIdleTimeoutMs ? { 'extensions.background.idle.timeout': opts.backgroundIdleTimeoutMs } : {}),
        },
      });
      extensionId = await browser.installExtension(opts.extensionDir);
      extensionOrigin = `moz-extension://${uuid}`;
    }
  } catch (err) {
    await rm(profileDir, { recursive: true, force: true });
    throw err;
  }

  const kind = opts.browser;
  const b = browser;
  const origin = extensionOrigin;

  async function openExtensionPage(pagePath: string): Promise<Page> {
    const url = `${origin}/${pagePath.replace(/^\//, '')}`;
    const page = await b.newPage();
    if (kind === 'chromium') {
      await page.goto(url, { waitUntil: 'load' });
    } else {
      // Firefox fires no load event BiDi waits for on extension documents: goto never resolves.
      void page.goto(url).catch(() => undefined);
      // While the document is being swapped, BiDi evaluation can fail outright (a null realm): retry.
      const deadline = Date.now() + 15_000;
      for (;;) {
        try {
          await page.waitForFunction(
            (o: string) => location.href.startsWith(`${o}/`) && document.readyState === 'complete',
            { timeout: Math.max(1, deadline - Date.now()), polling: 50 },
            origin,
          );
          break;
        } catch (err) {
          if (Date.now() > deadline) throw err;
          await new Promise((r) => setTimeout(r, 100));
        }
      }
    }
    return page;
  }

  async function helperPagePath(): Promise<string> {
    const fromManifest = opts.helperPage ?? manifest.action?.default_popup ?? manifest.options_ui?.page ?? manifest.options_page;
    if (fromManifest) return fromManifest;
    const html = (await readdir(opts.extensionDir)).filter((f) => f.endsWith('.html')).sort();
    if (!html[0]) throw new Error('tabIdOf: the extension has no HTML page to query tabs from; pass helperPage');
    return html[0];
  }

  async function tabIdOf(urlSubstring: string, timeoutMs = 10_000): Promise<number> {
    // A throwaway extension tab: only extension pages can call tabs.query.
    const helper = await openExtensionPage(await helperPagePath());
    try {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const tabs = await helper.evaluate(async () => {
          const g = globalThis as unknown as { browser?: TabsApi; chrome?: TabsApi };
          const api = (g.browser ?? g.chrome) as TabsApi;
          return (await api.tabs.query({})).map((t) => ({ id: t.id, url: t.url }));
        });
        const hits = tabs.filter((t) => typeof t.id === 'number' && t.url?.includes(urlSubstring));
        if (hits.length > 0) return Math.max(...hits.map((t) => t.id as number));
        if (Date.now() > deadline) {
          const noUrls = tabs.every((t) => t.url === undefined);
          throw new Error(
            `tabIdOf: no tab URL contains '${urlSubstring}'. ` +
              (noUrls
                ? 'tabs.query returned no URLs: the extension needs the "tabs" permission or host permissions.'
                : `Tabs: ${tabs.map((t) => `${t.id} ${t.url}`).join(', ')}`),
          );
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    } finally {
      await helper.close().catch(() => undefined);
    }
  }

  async function openPopupFor(page: Page): Promise<Page> {
    const ext = (await b.extensions()).get(extensionId);
    if (!ext) throw new Error(`openPopupFor: extension ${extensionId} is not installed`);
    const before = new Set(b.targets());
    const isPopup = (t: Target): boolean =>
      !before.has(t) && t.url().startsWith(`${origin}/`) && t.type() !== 'service_worker' && t.type() !== 'background_page';
    const popupTarget = b.waitForTarget(isPopup, { timeout: 10_000 });
    await ext.triggerAction(page);
    const popup = await (await popupTarget).asPage();
    await popup.waitForFunction(() => document.readyState === 'complete', { timeout: 10_000 });
    return popup;
  }

  async function closeBrowser(): Promise<void> {
    const proc = b.process();
    // Don't let a wedged browser hang the suite: hard-kill after a grace period.
    const killer = setTimeout(() => proc?.kill('SIGKILL'), 10_000);
    try {
      await b.close();
    } catch {
      proc?.kill('SIGKILL');
    } finally {
      clearTimeout(killer);
    }
  }

  async function close(): Promise<void> {
    await closeBrowser();
    await rm(profileDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  }

  async function restart(): Promise<Launched> {
    await closeBrowser();
    return launchWithExtension({ ...opts, reuse: { profileDir, firefoxUuid } });
  }

  return {
    browser: b,
    kind,
    extensionOrigin: origin,
    extensionId,
    openExtensionPage,
    tabIdOf,
    ...(kind === 'chromium' ? { openPopupFor } : {}),
    restart,
    close,
  };
}

function chromiumArgs(hosts: string[], httpsPort: number): string[] {
  const rules = [
    ...hosts.map((h) => `MAP ${h}:443 127.0.0.1:${httpsPort}`),
    // Everything else (Chromium's own background requests included) fails fast instead of leaking.
    'MAP * ~NOTFOUND',
    'EXCLUDE 127.0.0.1',
    'EXCLUDE localhost',
  ].join(', ');
  return [
    `--host-resolver-rules=${rules}`,
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    '--no-default-browser-check',
  ];
}

function firefoxPrefs(proxyPort: number, geckoId: string, uuid: string): Record<string, unknown> {
  return {
    // Fixture hosts reach the local server through its CONNECT proxy (Firefox has no resolver rules).
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.share_proxy_settings': false,
    'network.proxy.no_proxies_on': '',
    // Loopback stays direct: fixture hosts are real names, never localhost.
    'network.proxy.allow_hijacking_localhost': false,
    // Pin the extension's internal UUID so moz-extension:// URLs are known up front.
    'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
    // A temporary add-on is uninstalled when Firefox closes; keep its storage and UUID so a restart
    // test sees what a person's installed add-on keeps.
    'extensions.webextensions.keepStorageOnUninstall': true,
    'extensions.webextensions.keepUuidOnUninstall': true,
    // No first-run / welcome pages.
    'browser.aboutwelcome.enabled': false,
    'browser.startup.firstrunSkipsHomepage': true,
    'startup.homepage_welcome_url': '',
    'startup.homepage_welcome_url.additional': '',
    'trailhead.firstrun.didSeeAboutWelcome': true,
    'toolkit.telemetry.reportingpolicy.firstRun': false,
    'browser.newtabpage.activity-stream.feeds.section.topstories': false,
    'browser.newtabpage.activity-stream.feeds.telemetry': false,
    'browser.newtabpage.activity-stream.telemetry': false,
    'browser.topsites.contile.enabled': false,
    // Telemetry off.
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'toolkit.telemetry.archive.enabled': false,
    'toolkit.telemetry.server': '',
    'browser.ping-centre.telemetry': false,
    'app.shield.optoutstudies.enabled': false,
    // Background network chatter off.
    'network.trr.mode': 5,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.predictor.enabled': false,
    'browser.places.speculativeConnect.enabled': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'captivedetect.canonicalURL': '',
    'security.OCSP.enabled': 0,
    'security.remote_settings.crlite_filters.enabled': false,
    'security.remote_settings.intermediates.enabled': false,
    'extensions.blocklist.enabled': false,
    'extensions.systemAddon.update.enabled': false,
    'extensions.getAddons.showPane': false,
    'browser.discovery.enabled': false,
    'media.gmp-manager.url': '',
    'browser.region.network.url': '',
    'browser.region.update.enabled': false,
    'geo.provider.network.url': '',
    'dom.push.connection.enabled': false,
    'dom.push.serverURL': '',
    'identity.fxaccounts.enabled': false,
    'browser.urlbar.quicksuggest.enabled': false,
  };
}
