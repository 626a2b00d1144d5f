// The whole job in the real browsers: warn, list in the popup, block for real, allow for real, and
// remember across an extension restart.
import { mkdirSync } from 'node:fs';
import type { Frame, Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { selectedBrowsers } from '../../scripts/lib/launch.js';
import { inExtension, readPopup, readPopupSettled, sleep, useBrowserWithExtension, waitFor } from './support.js';

const FINTECH = 'https://budgetbuddy.example/';
const OTHER_FINTECH = 'https://othersite.example/';
const QUIZ = 'https://quizfun.example/';
const PLAID_LOADER = (r: { host: string; path: string }) => r.host === 'cdn.plaid.com' && r.path === '/link/v2/stable/link-initialize.js';
const SCREENSHOTS = new URL('../../docs/screenshots/', import.meta.url);

describe.each(selectedBrowsers())('ShareGuard on %s', (kind) => {
  const ctx = useBrowserWithExtension(kind);
  const open = async (url: string): Promise<Page> => {
    const page = await ctx.browser().browser.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return page;
  };
  const warningState = (page: Page, provider: string) =>
    page.waitForSelector(`shareguard-warning[data-provider="${provider}"]`, { timeout: 10_000 }).then((h) => h!.evaluate((el) => (el as HTMLElement).dataset.state));

  it('warns on a Plaid bank-link page and lists what Plaid could hand over', async () => {
    const page = await open(FINTECH);
    expect(await warningState(page, 'plaid')).toBe('warn');
    const box = await (await page.$('shareguard-warning'))!.boundingBox();
    expect(box && box.width > 100 && box.height > 50).toBe(true);
    const { page: popup, entries } = await readPopup(ctx.browser(), 'budgetbuddy.example');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ provider: 'plaid', kind: 'bank-link', risk: 'high', verdict: '' });
    expect(entries[0]!.categories).toEqual(expect.arrayContaining(['account-numbers', 'balances', 'transactions', 'identity']));
    const badge = await inExtension<string>(ctx.browser(), `return api.action.getBadgeText({ tabId: ${await ctx.browser().tabIdOf('budgetbuddy.example')} });`);
    expect(badge).toBe('1');
    if (kind === 'chromium') {
      mkdirSync(SCREENSHOTS, { recursive: true });
      // Headless Chromium captures only the tab in front.
      await page.bringToFront();
      await page.setViewport({ width: 900, height: 640 });
      await sleep(200);
      await page.screenshot({ path: new URL('warning.png', SCREENSHOTS).pathname as `${string}.png` });
      await popup.bringToFront();
      await popup.setViewport({ width: 420, height: 640 });
      await popup.screenshot({ path: new URL('popup.png', SCREENSHOTS).pathname as `${string}.png`, fullPage: true });
    }
    await Promise.all([popup.close(), page.close()]);
  });

  it('makes the Plaid list exact once Plaid\'s own consent pane shows it', async () => {
    const page = await open(FINTECH);
    await page.click('#link-bank');
    await page.waitForSelector('iframe#plaid-link-iframe-1');
    // The pane lists four kinds of data; investments, loans and income drop out of the warning.
    const { page: popup, entries } = await readPopup(ctx.browser(), 'budgetbuddy.example', (e) => e[0]?.categories.length === 4);
    expect(entries[0]!.categories.sort()).toEqual(['account-numbers', 'balances', 'identity', 'transactions']);
    await Promise.all([popup.close(), page.close()]);
  });

  it('reads the Facebook scopes from the quiz site link and from the dialog page itself', async () => {
    const page = await open(QUIZ);
    expect(await warningState(page, 'facebook')).toBe('warn');
    const quiz = await readPopup(ctx.browser(), 'quizfun.example');
    expect(quiz.entries).toEqual([
      expect.objectContaining({ provider: 'facebook', kind: 'social-share', risk: 'high', categories: expect.arrayContaining(['friends', 'likes', 'photos']) }),
    ]);
    await quiz.page.close();

    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#fb-login')]);
    expect(page.url()).toContain('www.facebook.com/v19.0/dialog/oauth');
    expect(await warningState(page, 'facebook')).toBe('warn');
    const dialog = await readPopup(ctx.browser(), 'facebook.com/v19.0/dialog/oauth');
    expect(dialog.entries[0]).toMatchObject({ provider: 'facebook', risk: 'high' });
    expect(dialog.entries[0]!.categories).toEqual(expect.arrayContaining(['friends', 'likes', 'photos']));
    await Promise.all([dialog.page.close(), page.close()]);
  });

  it('says nothing on a page with nothing to warn about', async () => {
    const page = await open('https://news.example/');
    await sleep(500);
    expect(await page.$('shareguard-warning')).toBeNull();
    const { page: popup, entries } = await readPopupSettled(ctx.browser(), 'news.example');
    expect(entries).toEqual([]);
    expect(await page.$('shareguard-warning')).toBeNull();
    expect(await popup.$eval('.empty', (el) => el.textContent)).toBeTruthy();
    await Promise.all([popup.close(), page.close()]);
  });

  it('reads a prompt nothing in the markup names (a page script opens the consent page) once the popup opens, with nobody near it', async () => {
    const page = await open('https://news.example/archive/');
    await sleep(500);
    // Not at load: the sieve names nothing here, and no element is read (src/content/page-watcher.ts).
    expect(await page.$('shareguard-warning')).toBeNull();
    const tabId = await ctx.browser().tabIdOf('news.example/archive');
    const badge = () => inExtension<string>(ctx.browser(), `return api.action.getBadgeText({ tabId: ${tabId} });`);
    expect(await badge()).toBe('');
    const { page: popup, entries } = await readPopup(ctx.browser(), 'news.example/archive');
    expect(entries).toEqual([expect.objectContaining({ provider: 'facebook', risk: 'high', categories: expect.arrayContaining(['friends']) })]);
    expect(await warningState(page, 'facebook')).toBe('warn');
    expect(await badge()).toBe('1');
    await Promise.all([popup.close(), page.close()]);
  });

  it('on a busy live feed, reads what lands elsewhere at once, what lands in the feed once a person points at it, and all of it once the feed is quiet', async () => {
    const FACEBOOK = 'https://www.facebook.com/v19.0/dialog/oauth?client_id=1&redirect_uri=https%3A%2F%2Fnews.example%2F&scope=user_friends&response_type=code';
    const GOOGLE = 'https://accounts.google.com/o/oauth2/v2/auth?client_id=1&redirect_uri=https%3A%2F%2Fnews.example%2F&scope=https%3A%2F%2Fwww.googleapis.com%2Fauth%2Fcontacts.readonly&response_type=code';
    const MICROSOFT = 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=1&redirect_uri=https%3A%2F%2Fnews.example%2F&scope=Contacts.Read&response_type=code';
    const page = await open('https://news.example/live/');
    const addSignIn = (where: 'sidebar' | 'feed', href: string, label: string) =>
      page.evaluate((w, h, l) => (window as unknown as { addSignIn(w: string, h: string, l: string): boolean }).addSignIn(w, h, l), where, href, label);
    // Ten updates a second: by now the feed churns (src/content/churn.ts). The page stays in front
    // until the end (the warnings are read in it): a tab behind another has its timers slowed, and
    // its feed would stop churning.
    await sleep(1_500);
    await addSignIn('sidebar', FACEBOOK, 'Comment with Facebook');
    expect(await warningState(page, 'facebook')).toBe('warn');

    await addSignIn('feed', GOOGLE, 'Sign in with Google');
    // Left out, not read: were it read, its warning would be up by now (a late prompt shows in ~0.1 s).
    await sleep(1_000);
    expect(await page.$('shareguard-warning[data-provider="google"]')).toBeNull();
    await page.hover(`#feed a[href="${GOOGLE}"]`);
    expect(await warningState(page, 'google')).toBe('warn');

    // Once the feed has gone quiet it is observed again (src/content/page-watcher.ts, QUIET_MS):
    // what lands in it then is read at once, with nobody pointing at it.
    await page.evaluate(() => (window as unknown as { stopFeed(): boolean }).stopFeed());
    await sleep(3_500);
    await page.mouse.move(0, 0);
    await addSignIn('feed', MICROSOFT, 'Sign in with Microsoft');
    const { page: popup, entries } = await readPopup(ctx.browser(), 'news.example/live', (e) => e.length === 3);
    expect(entries.map((e) => e.provider).sort()).toEqual(['facebook', 'google', 'microsoft']);
    await Promise.all([popup.close(), page.close()]);
  });

  /** A news page with the comments frame in it (talk.example), and the frame's Facebook link. */
  const openWithComments = async (url: string) => {
    const page = await open(url);
    const frame = (await waitFor(async () => page.frames().find((f) => f.url().startsWith('https://talk.example/')), (f) => f !== undefined))!;
    return { page, frame, link: (await (await frame.$('#comment-with-facebook'))!.boundingBox())! };
  };
  /** As a person's pointer goes: across the page, into the frame. (Puppeteer's hover jumps straight
   * to the link; Chromium then tells the page nothing, and the frame wakes only on focus or click.) */
  const pointTo = async (page: Page, box: { x: number; y: number }) => {
    await page.bringToFront();
    await page.mouse.move(5, 5);
    await page.mouse.move(box.x + 5, box.y + 5, { steps: 10 });
  };
  const frameWarning = async (frame: Frame) =>
    (await frame.waitForSelector('shareguard-warning[data-provider="facebook"]', { timeout: 10_000 }))!.evaluate((el) => (el as HTMLElement).dataset.state);

  it("wakes a frame that is not a provider's once a person's pointer goes into it, and reads its prompt", async () => {
    const { page, frame, link } = await openWithComments('https://news.example/comments/');
    // No script of ours runs in the comments frame until then: nothing is read, nothing reported.
    await sleep(800);
    expect(await frame.$('shareguard-warning')).toBeNull();
    const before = await readPopup(ctx.browser(), 'news.example/comments', () => true);
    expect(before.entries).toEqual([]);
    await before.page.close();

    await pointTo(page, link);
    expect(await frameWarning(frame)).toBe('warn');
    const { page: popup, entries } = await readPopup(ctx.browser(), 'news.example/comments', (e) => e.length === 1);
    expect(entries[0]).toMatchObject({ provider: 'facebook', kind: 'social-share', risk: 'high' });
    expect(entries[0]!.categories).toContain('friends');
    await Promise.all([popup.close(), page.close()]);
  });

  it('wakes an inline frame and the frame inside it as the pointer goes through both', async () => {
    const { page, frame, link } = await openWithComments('https://news.example/sponsored/');
    await pointTo(page, link);
    expect(await frameWarning(frame)).toBe('warn');
    await page.close();
  });

  it('wakes the frame a person tabs into, before the link there is used', async () => {
    const { page, frame } = await openWithComments('https://news.example/comments/');
    await page.bringToFront();
    // The frame's Facebook link is the first thing on the page that takes focus.
    await page.keyboard.press('Tab');
    expect(await frame.evaluate(() => document.activeElement?.id)).toBe('comment-with-facebook');
    expect(await frameWarning(frame)).toBe('warn');
    await page.close();
  });

  it('Block on Facebook keeps the quiz from reaching the permission dialog, by link or by script', async () => {
    const l = ctx.browser();
    const server = ctx.server();
    const dialog = (r: { host: string; path: string }) => r.host === 'www.facebook.com' && r.path.startsWith('/v19.0/dialog/oauth');
    const page = await open(QUIZ);
    const { page: popup } = await readPopup(l, 'quizfun.example');
    await popup.click('[data-provider="facebook"] button.block');
    await popup.waitForSelector('[data-provider="facebook"][data-verdict="block"]');
    await popup.close();

    await page.bringToFront();
    expect(await warningState(page, 'facebook')).toBe('blocked');
    server.clearRequests();
    await page.click('#fb-login');
    await sleep(500);
    expect(page.url()).toBe(QUIZ);
    // Even a page script that navigates by itself never gets the dialog: the network rule drops it.
    const href = await page.$eval('#fb-login', (a) => (a as HTMLAnchorElement).href);
    await page.evaluate((url) => void (location.href = url), href).catch(() => undefined);
    await sleep(1000);
    expect(server.hasRequested(dialog)).toBe(false);
    await page.close();

    // Another site's Facebook login is untouched.
    const direct = await open(href.replace('quizfun.example', 'othersite.example'));
    expect(server.hasRequested(dialog)).toBe(true);
    await direct.close();
  });

  it('Block stops Plaid loading on that site only, disables the prompt, and survives a browser restart', async () => {
    const l = ctx.browser();
    const server = ctx.server();
    const first = await open(FINTECH);
    const { page: popup } = await readPopup(l, 'budgetbuddy.example');
    await popup.click('[data-provider="plaid"] button.block');
    await popup.waitForSelector('[data-provider="plaid"][data-verdict="block"]');
    await Promise.all([popup.close(), first.close()]);

    const checkBlocked = async () => {
      server.clearRequests();
      const page = await open(FINTECH);
      expect(await page.$eval('#status', (el) => el.textContent)).toBe('plaid-missing');
      expect(server.hasRequested(PLAID_LOADER)).toBe(false);
      expect(await warningState(page, 'plaid')).toBe('blocked');
      await page.waitForSelector('#link-bank[aria-disabled="true"]');
      await page.click('#link-bank');
      await sleep(300);
      expect(await page.$('iframe[id^="plaid-link-iframe"]')).toBeNull();
      return page;
    };
    await (await checkBlocked()).close();

    server.clearRequests();
    const other = await open(OTHER_FINTECH);
    expect(await other.$eval('#status', (el) => el.textContent)).toBe('plaid-loaded');
    expect(server.hasRequested(PLAID_LOADER)).toBe(true);
    await other.close();

    // Restart the browser on the same profile: the decision and its network rule must come back. The
    // harness re-installs the unpacked extension, and the browser loads its stored rules a moment
    // after: wait for them (they must be there) before loading the page.
    const restarted = await ctx.restart();
    await waitFor(() => inExtension<number>(restarted, 'return (await api.declarativeNetRequest.getDynamicRules()).filter((r) => r.condition.initiatorDomains?.includes("budgetbuddy.example")).length;'), (n) => n === 1);
    const blockedPage = await checkBlocked();
    const { page: after, entries } = await readPopup(restarted, 'budgetbuddy.example');
    expect(entries[0]).toMatchObject({ provider: 'plaid', verdict: 'block' });
    await Promise.all([after.close(), blockedPage.close()]);
  });

  it('Allow lifts the block and leaves the page untouched', async () => {
    const l = ctx.browser();
    const server = ctx.server();
    const page = await open(FINTECH);
    const { page: popup } = await readPopup(l, 'budgetbuddy.example');
    await popup.click('[data-provider="plaid"] button.allow');
    await popup.waitForSelector('[data-provider="plaid"][data-verdict="allow"]');
    await Promise.all([popup.close(), page.close()]);

    server.clearRequests();
    const again = await open(FINTECH);
    expect(await again.$eval('#status', (el) => el.textContent)).toBe('plaid-loaded');
    expect(server.hasRequested(PLAID_LOADER)).toBe(true);
    await sleep(500);
    expect(await again.$('shareguard-warning')).toBeNull();
    expect(await again.$eval('#link-bank', (el) => el.getAttribute('aria-disabled'))).toBeNull();
    await again.click('#link-bank');
    await again.waitForSelector('iframe#plaid-link-iframe-1');
    await again.close();
  });
});
