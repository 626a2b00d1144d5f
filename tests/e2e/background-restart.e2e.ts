// The background does not live forever: Chrome stops its service worker, Firefox suspends its event
// page. What each tab showed must come back from storage.session when it wakes.
import { describe, expect, it } from 'vitest';
import { selectedBrowsers } from '../../scripts/lib/launch.js';
import { readPopup, sleep, useBrowserWithExtension } from './support.js';

describe.each(selectedBrowsers())('background restart on %s', (kind) => {
  const ctx = useBrowserWithExtension(kind, { backgroundIdleTimeoutMs: 1000 });

  it('keeps the tab\'s detections after the background stops', async () => {
    const l = ctx.browser();
    const page = await l.browser.newPage();
    await page.goto('https://budgetbuddy.example/', { waitUntil: 'load' });
    await page.waitForSelector('shareguard-warning[data-provider="plaid"]');
    if (kind === 'chromium') {
      const target = await l.browser.waitForTarget((t) => t.type() === 'service_worker');
      const worker = await target.worker();
      await worker!.evaluate('globalThis.__beforeRestart = true');
      await worker!.close();
      // A new worker starts on the next event, with none of the old one's memory.
      const { page: popup, entries } = await readPopup(l, 'budgetbuddy.example');
      const again = await (await l.browser.waitForTarget((t) => t.type() === 'service_worker')).worker();
      expect(await again!.evaluate('globalThis.__beforeRestart')).toBeUndefined();
      expect(entries.map((e) => e.provider)).toEqual(['plaid']);
      await popup.close();
    } else {
      // Idle for longer than the event page's 1 s timeout: Firefox suspends it.
      await sleep(3000);
      const { page: popup, entries } = await readPopup(l, 'budgetbuddy.example');
      expect(entries.map((e) => e.provider)).toEqual(['plaid']);
      await popup.close();
    }
    await page.close();
  });
});
