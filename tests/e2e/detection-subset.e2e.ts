// A slice of the detection eval corpus (tests/fixtures/eval) in the real browsers: the same pages and
// labels, but the built extension, real frames, real shadow DOM and nodes a page script adds later.
// What the popup lists (data-provider / data-kind / data-categories) must equal the label; a negative
// must list nothing.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus, type EvalCase } from '../../scripts/lib/eval/corpus.js';
import { startFixtureServer, type FixtureServer } from '../../scripts/lib/fixture-server.js';
import { hostsFromSites, launchWithExtension, selectedBrowsers, type BrowserKind, type Launched } from '../../scripts/lib/launch.js';
import { distDir, readPopup, readPopupSettled, sleep, type PopupEntry } from './support.js';

const CORPUS = fileURLToPath(new URL('../fixtures/eval', import.meta.url));
/** Every signal family once: frames and consent panes, forms, words in several languages, shadow DOM, late nodes, URLs. */
const CHOSEN = [
  'bank/plaid-consent-frame.html',
  'bank/plaid-late-iframe.html',
  'bank/credential-form-de.html',
  'bank/text-es-button.html',
  'bank/shadow-root-button.html',
  'bank/tink-page-sv.html',
  'social/fb-login-next.html',
  'social/google-gsi-onload.html',
  'social/relay-omniauth.html',
  'social/text-pl-facebook.html',
  'social/contact-upload-fr.html',
  'negative/news-plaid-article.html',
  'negative/bank-login-en.html',
  'negative/google-own-signin.html',
  'negative/checkout-card-stripe.html',
];
/** How long a negative page gets to (wrongly) report something before the popup is read. */
const QUIET_MS = 1_000;
/** The build under test: dist/ (npm run build), or SHAREGUARD_DIST for a build of one's own (build.ts --out). */
const extensionDir = (kind: BrowserKind): string =>
  process.env.SHAREGUARD_DIST ? path.resolve(process.env.SHAREGUARD_DIST, kind === 'chromium' ? 'chrome' : 'firefox') : distDir(kind);

const cases = loadCorpus(CORPUS).filter((c) => CHOSEN.includes(c.id));

/** Path of the file the fixture server answers a URL with (directories serve index.html). */
function fileFor(sitesDir: string, url: string): string {
  const u = new URL(url);
  return path.join(sitesDir, u.hostname, decodeURIComponent(u.pathname), 'index.html');
}

/**
 * The case as a real page: its child-frame documents become files of their own, open shadow roots
 * become declarative shadow DOM, and nodes meant to come later are added by a page script.
 */
async function writeSite(sitesDir: string, c: EvalCase): Promise<void> {
  const frames = [...c.html.matchAll(/<template data-frame="([^"]+)">([\s\S]*?)<\/template>/g)];
  let html = c.html.replace(/<template data-frame="[^"]+">[\s\S]*?<\/template>/g, '');
  html = html.replaceAll('<template data-shadow-root>', '<template shadowrootmode="open">');
  if (html.includes('data-insert-later')) {
    const later = "<script>setTimeout(function () { document.querySelectorAll('template[data-insert-later]').forEach(function (t) { t.replaceWith(t.content.cloneNode(true)); }); }, 300);</script>";
    html = html.replace('</body>', `${later}</body>`);
  }
  await put(fileFor(sitesDir, c.url), html);
  for (const [, frameUrl, body] of frames) {
    await put(fileFor(sitesDir, frameUrl!.replaceAll('&amp;', '&')), `<!doctype html><html><head><meta charset="utf-8"></head><body>${body}</body></html>`);
  }
}

async function put(file: string, content: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content);
}

const asSet = (entries: { provider: string; kind: string; categories: string[] }[]) =>
  entries.map((e) => `${e.provider} ${e.kind} ${[...e.categories].sort().join(',')}`).sort();

let sitesDir: string;
let hosts: string[];
let server: FixtureServer;

beforeAll(async () => {
  sitesDir = await mkdtemp(path.join(os.tmpdir(), 'shareguard-eval-sites-'));
  for (const c of cases) await writeSite(sitesDir, c);
  hosts = hostsFromSites(sitesDir);
  server = await startFixtureServer({ sitesDir, hosts });
});

afterAll(async () => {
  await server?.close();
  if (sitesDir) await rm(sitesDir, { recursive: true, force: true });
});

it('picks every chosen case from the corpus', () => {
  expect(cases.map((c) => c.id).sort()).toEqual([...CHOSEN].sort());
});

describe.each(selectedBrowsers())('detection subset on %s', (kind: BrowserKind) => {
  let launched: Launched | undefined;
  let launchError: unknown;
  // A failed launch must show as failed tests, not as skipped ones.
  const browserUnderTest = (): Launched => {
    if (!launched) throw launchError ?? new Error('the browser did not start');
    return launched;
  };

  beforeAll(async () => {
    try {
      if (!existsSync(path.join(extensionDir(kind), 'manifest.json'))) throw new Error(`no build in ${extensionDir(kind)}: run npm run build first`);
      launched = await launchWithExtension({ browser: kind, extensionDir: extensionDir(kind), server, hosts });
    } catch (err) {
      launchError = err;
    }
  });

  afterAll(async () => {
    await launched?.close();
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
    const l = browserUnderTest();
    const page = await l.browser.newPage();
    try {
      await page.goto(c.url, { waitUntil: 'load' });
      const want = asSet(c.expect);
      const urlPart = new URL(c.url).host + new URL(c.url).pathname;
      let entries: PopupEntry[];
      if (want.length) {
        const popup = await readPopup(l, urlPart, (e) => JSON.stringify(asSet(e)) === JSON.stringify(want));
        entries = popup.entries;
        await popup.page.close();
      } else {
        await sleep(QUIET_MS);
        const popup = await readPopupSettled(l, urlPart, QUIET_MS);
        entries = popup.entries;
        await popup.page.close();
      }
      expect(asSet(entries)).toEqual(want);
    } finally {
      await page.close();
    }
  });
});
