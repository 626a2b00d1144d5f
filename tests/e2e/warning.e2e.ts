// The in-page warning belongs to the person, not the page: the page can't read it, hide it, remove it
// or click it, while the person can act on it with mouse or keyboard.
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { selectedBrowsers } from '../../scripts/lib/launch.js';
import { readPopup, sleep, useBrowserWithExtension } from './support.js';

const FINTECH = 'https://othersite.example/';
const HOST = 'shareguard-warning[data-provider="plaid"]';

/**
 * Moves keyboard focus to the warning's first control. Starts from the prompt's button: after a blur,
 * Tab resumes from wherever focus last was, which may be inside the warning already.
 */
async function tabIntoWarning(page: Page, kind: string): Promise<void> {
  await page.focus('#link-bank');
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.localName === 'shareguard-warning')) break;
    if (i === 29) throw new Error('focus never reached the warning');
  }
  // Firefox makes a box that scrolls a tab stop of its own (handy for scrolling by keyboard): step past it.
  if (kind === 'firefox' && (await page.$eval(HOST, (el) => el.scrollHeight > el.clientHeight))) await page.keyboard.press('Tab');
}

describe.each(selectedBrowsers())('in-page warning on %s', (kind) => {
  const ctx = useBrowserWithExtension(kind);

  it('cannot be read, hidden, removed or clicked by the page', async () => {
    const page = await ctx.browser().browser.newPage();
    await page.goto(FINTECH, { waitUntil: 'load' });
    await page.waitForSelector(HOST);
    // page.evaluate runs in the page's own world, as a hostile page script would.
    expect(await page.$eval(HOST, (el) => el.shadowRoot === null)).toBe(true);

    await page.$eval(HOST, (el) => ((el as HTMLElement).style.display = 'none'));
    await page.$eval(HOST, (el) => el.setAttribute('hidden', ''));
    await sleep(100);
    expect(await page.$eval(HOST, (el) => getComputedStyle(el).display)).not.toBe('none');
    expect(await page.$eval(HOST, (el) => el.hasAttribute('hidden'))).toBe(false);

    await page.$eval(HOST, (el) => el.remove());
    await page.waitForSelector(HOST, { timeout: 2000 });

    // A forged click goes nowhere: no decision is made.
    await page.$eval(HOST, (el) => {
      for (const type of ['click', 'pointerdown', 'keydown']) el.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true }));
    });
    await sleep(300);
    const { page: popup, entries } = await readPopup(ctx.browser(), 'othersite.example');
    expect(entries[0]).toMatchObject({ provider: 'plaid', verdict: '' });
    await Promise.all([popup.close(), page.close()]);
  });

  // Runs before the keyboard test, which leaves this site allowed.
  it('looks the same on a page whose policy allows no inline style', async () => {
    const looks = async (url: string) => {
      const page = await ctx.browser().browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForSelector(HOST);
      // The policy holds for the page's own styles.
      const pageStyled = await page.evaluate(() => {
        document.head.append(Object.assign(document.createElement('style'), { textContent: 'h1 { letter-spacing: 7px }' }));
        return getComputedStyle(document.querySelector('h1')!).letterSpacing === '7px';
      });
      expect(pageStyled).toBe(!url.endsWith('strict.html'));
      await sleep(200); // placed on the next frame
      // The host's own style (position) and the card's shadow styles (its height) both show.
      const look = await page.$eval(HOST, (el) => ({ position: getComputedStyle(el).position, height: el.scrollHeight }));
      await page.close();
      return look;
    };
    const strict = await looks(`${FINTECH}strict.html`);
    expect(strict.position).toBe('fixed');
    expect(strict).toEqual(await looks(FINTECH));
  });

  it('takes Block and Allow from the person, by keyboard', async () => {
    const page = await ctx.browser().browser.newPage();
    await page.goto(FINTECH, { waitUntil: 'load' });
    await page.waitForSelector(HOST);
    // Focus order inside the warning: close, "why this warning", the revoke link, Block, Allow.
    await tabIntoWarning(page, kind);
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForSelector(`${HOST}[data-state="blocked"]`);
    await page.waitForSelector('#link-bank[aria-disabled="true"]');
    const blocked = await readPopup(ctx.browser(), 'othersite.example', (e) => e[0]?.verdict === 'block');
    expect(blocked.entries[0]).toMatchObject({ provider: 'plaid', verdict: 'block' });
    await blocked.page.close();

    // Blocked, the warning offers: close, Allow.
    await page.bringToFront();
    await tabIntoWarning(page, kind);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForFunction((sel) => !document.querySelector(sel), {}, HOST);
    expect(await page.$eval('#link-bank', (el) => el.getAttribute('aria-disabled'))).toBeNull();
    const allowed = await readPopup(ctx.browser(), 'othersite.example', (e) => e[0]?.verdict === 'allow');
    expect(allowed.entries[0]).toMatchObject({ provider: 'plaid', verdict: 'allow' });
    await Promise.all([allowed.page.close(), page.close()]);
  });

  // Only Chromium can open the real toolbar popup from a test; Firefox's popup page is tested as a tab.
  if (kind === 'chromium') it('shows the tab in the real toolbar popup', async () => {
    const l = ctx.browser();
    const page = await l.browser.newPage();
    await page.goto('https://quizfun.example/', { waitUntil: 'load' });
    await page.waitForSelector('shareguard-warning[data-provider="facebook"]');
    const popup = await l.openPopupFor!(page);
    await popup.waitForSelector('[data-detection][data-provider="facebook"]');
    expect(await popup.$eval('[data-detection]', (el) => el.getAttribute('data-categories'))).toContain('friends');
    await Promise.all([popup.close(), page.close()]);
  });
});
