/**
 * `npm start [-- --browser firefox] [-- --headless]`: builds ShareGuard and opens a browser with it
 * loaded on a local demo site (the e2e fixture pages, answered under their real host names by a local
 * server). On a machine without a display, --headless runs the same tour and prints what was found.
 */
import { resolve } from 'node:path';
import { startFixtureServer } from './lib/fixture-server.ts';
import { hostsFromSites, launchWithExtension, type BrowserKind } from './lib/launch.ts';
import { buildExtension } from './build.ts';

const args = process.argv.slice(2);
const kind: BrowserKind = args[args.indexOf('--browser') + 1] === 'firefox' ? 'firefox' : 'chromium';
const headless = args.includes('--headless');
if (!headless && process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('npm start: no display here. Run it on a desktop, or `npm start -- --headless` for a tour that prints what ShareGuard finds.');
  process.exit(1);
}

await buildExtension();
const sitesDir = resolve('tests/fixtures/sites');
const hosts = hostsFromSites(sitesDir);
const server = await startFixtureServer({ sitesDir, hosts });
const launched = await launchWithExtension({
  browser: kind,
  extensionDir: resolve(kind === 'chromium' ? 'dist/chrome' : 'dist/firefox'),
  server,
  hosts,
  headless,
});
const page = await launched.browser.newPage();
await page.goto('https://demo.example/', { waitUntil: 'load' });

if (!headless) {
  console.log(`ShareGuard is loaded in ${kind} on the demo site. Close the browser to stop.`);
  await new Promise((done) => launched.browser.once('disconnected', done));
  await server.close();
  process.exit(0);
}

for (const site of ['budgetbuddy.example', 'quizfun.example', 'news.example']) {
  await page.goto(`https://${site}/`, { waitUntil: 'load' });
  await new Promise((r) => setTimeout(r, 800));
  const popup = await launched.openExtensionPage(`popup.html?tab=${await launched.tabIdOf(site)}`);
  await popup.waitForSelector('[data-detection], .empty');
  const found = await popup.$$eval('[data-detection]', (els) =>
    els.map((el) => `${el.getAttribute('data-provider')} (${el.getAttribute('data-risk')} risk): ${el.getAttribute('data-categories')}`),
  );
  console.log(`${site}: ${found.length ? found.join('; ') : 'nothing to warn about'}`);
  await popup.close();
}
await launched.close();
await server.close();
