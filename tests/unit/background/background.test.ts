import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Detection } from '../../../src/detect/types.ts';
import { CONTENT_GLOBAL, type ContentHost } from '../../../src/shared/content-contract.ts';
import { fakeBrowser, resetFakeBrowser } from '../fakes/fake-browser.ts';

vi.mock('../../../src/shared/browser.ts', () => ({ ext: fakeBrowser }));

const TAB = 7;
const PAGE = 'https://budgetbuddy.example/';
const content = (frameId = 0, url = PAGE) => ({ id: fakeBrowser.runtime.id, url, tab: { id: TAB, url: PAGE }, frameId });
const ui = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('popup.html') };
const plaid: Detection = {
  provider: 'plaid',
  kind: 'bank-link',
  categories: ['account-numbers', 'transactions', 'balances'],
  certainty: 'possible',
  risk: 'high',
  scopes: [],
  evidence: [{ signal: 'script', detail: 'https://cdn.plaid.com/link/v2/stable/link-initialize.js' }],
};

/** Delivers a message as the browser would and returns the background's reply. */
async function send(message: unknown, sender: object): Promise<unknown> {
  const replies = fakeBrowser.runtime.onMessage.emit(message, sender).filter((r) => r !== undefined);
  return replies.length ? await replies[0] : undefined;
}

const settle = () => new Promise((r) => setTimeout(r, 20));

beforeAll(async () => {
  await import('../../../src/background/index.ts');
});

beforeEach(async () => {
  await resetFakeBrowser();
  fakeBrowser.tabs.known.set(TAB, { id: TAB, url: PAGE });
  // Each test starts from a background that has not cached settings from an earlier one.
  fakeBrowser.storage.onChanged.emit({ settings: {} }, 'local');
  await settle();
});

describe('frame reports', () => {
  it('keeps what a frame reported, shows it in the badge and answers with the tab view', async () => {
    const reply = await send({ type: 'frame/report', payload: { doc: 'd1', url: PAGE, detections: [plaid] } }, content());
    expect(reply).toMatchObject({ result: { site: 'budgetbuddy.example', detections: [{ provider: 'plaid' }], verdicts: {} } });
    await settle(); // the badge follows the answer
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('1');
    const view = await send({ type: 'tab/get', payload: { tabId: TAB } }, ui);
    expect(view).toMatchObject({ result: { tabId: TAB, url: PAGE, detections: [{ provider: 'plaid', risk: 'high' }] } });
  });

  it('joins what the provider\'s frame lists to the page\'s detection', async () => {
    await send({ type: 'frame/report', payload: { doc: 'd1', url: PAGE, detections: [plaid] } }, content(0));
    const pane: Detection = { ...plaid, certainty: 'requested', categories: ['balances'], evidence: [{ signal: 'consent-pane', detail: 'balances' }] };
    const reply = (await send({ type: 'frame/report', payload: { doc: 'd2', url: 'https://cdn.plaid.com/link/', detections: [pane] } }, content(3))) as {
      result: { detections: Detection[] };
    };
    expect(reply.result.detections).toHaveLength(1);
    expect(reply.result.detections[0]).toMatchObject({ certainty: 'requested', categories: ['balances'], risk: 'medium' });
  });

  it.each([
    ['a new page', { status: 'loading', url: 'https://news.example/' }],
    ['a reload (no url in the change)', { status: 'loading' }],
  ])('forgets a tab on %s', async (_what, change) => {
    await send({ type: 'frame/report', payload: { doc: 'd1', url: PAGE, detections: [plaid] } }, content());
    fakeBrowser.tabs.onUpdated.emit(TAB, change);
    await settle();
    const view = (await send({ type: 'tab/get', payload: { tabId: TAB } }, ui)) as { result: { detections: unknown[] } };
    expect(view.result.detections).toEqual([]);
  });

  it('keeps a tab through a title change', async () => {
    await send({ type: 'frame/report', payload: { doc: 'd1', url: PAGE, detections: [plaid] } }, content());
    fakeBrowser.tabs.onUpdated.emit(TAB, { title: 'New title' } as never);
    await settle();
    const view = (await send({ type: 'tab/get', payload: { tabId: TAB } }, ui)) as { result: { detections: unknown[] } };
    expect(view.result.detections).toHaveLength(1);
  });

  it('rejects a report that breaks the protocol, saying where', async () => {
    const bad = { ...plaid, categories: ['everything'] };
    const reply = await send({ type: 'frame/report', payload: { doc: 'd1', url: PAGE, detections: [bad] } }, content());
    expect(reply).toEqual({ error: 'payload.detections[0].categories[0]: unknown data category' });
  });

  it('ignores messages that are not ours', async () => {
    expect(await send({ type: 'something/else' }, content())).toBeUndefined();
    expect(await send(null, content())).toBeUndefined();
  });
});

describe('decisions', () => {
  it('a Block from the popup becomes a network rule for that site and is pushed to the tab', async () => {
    await send({ type: 'frame/report', payload: { doc: 'd1', url: PAGE, detections: [plaid] } }, content());
    expect(await send({ type: 'decision/set', payload: { site: 'budgetbuddy.example', provider: 'plaid', verdict: 'block' } }, ui)).toEqual({ result: { ok: true } });
    const rules = await fakeBrowser.declarativeNetRequest.getDynamicRules();
    expect(rules).toEqual([expect.objectContaining({ condition: expect.objectContaining({ initiatorDomains: ['budgetbuddy.example'] }) })]);
    await settle();
    const pushed = fakeBrowser.tabs.sent.filter((s) => s.tabId === TAB).at(-1)?.message;
    expect(pushed).toMatchObject({ type: 'view/changed', view: { verdicts: { plaid: 'block' } } });
  });

  it('an in-page decision applies to the sender\'s own site, whatever the page claims', async () => {
    await send({ type: 'frame/report', payload: { doc: 'd1', url: PAGE, detections: [plaid] } }, content());
    const reply = await send({ type: 'decision/here', payload: { provider: 'plaid', verdict: 'block', site: 'elsewhere.example' } }, content());
    expect(reply).toMatchObject({ result: { verdicts: { plaid: 'block' } } });
    expect((await fakeBrowser.storage.local.get('settings')).settings).toMatchObject({ decisions: [{ site: 'budgetbuddy.example', provider: 'plaid' }] });
  });

  it('a content script cannot use the popup\'s messages, nor decide for a provider its tab does not show', async () => {
    expect(await send({ type: 'decision/set', payload: { site: 'a.example', provider: 'plaid', verdict: 'allow' } }, content())).toEqual({
      error: 'not allowed from this sender',
    });
    expect(await send({ type: 'decision/here', payload: { provider: 'facebook', verdict: 'allow' } }, content())).toEqual({
      error: 'no facebook prompt in this tab',
    });
    expect(await send({ type: 'tab/get', payload: { tabId: TAB } }, { id: 'another-extension', url: 'chrome-extension://x/' })).toEqual({
      error: 'not allowed from this sender',
    });
  });

  it('tells a frame the decisions in force on its tab\'s site only, and only a content script', async () => {
    const now = Date.now();
    await fakeBrowser.storage.local.set({
      settings: {
        version: 1,
        decisions: [
          { site: 'budgetbuddy.example', provider: 'plaid', verdict: 'allow', at: 1 },
          { site: 'budgetbuddy.example', provider: 'facebook', verdict: 'block', at: 1, until: now - 1000 },
          { site: 'elsewhere.example', provider: 'plaid', verdict: 'block', at: 1 },
        ],
      },
    });
    fakeBrowser.storage.onChanged.emit({ settings: {} }, 'local');
    await settle();
    // The page cannot name the site: it is the sender's tab, whatever the frame's own address.
    expect(await send({ type: 'site/decisions', payload: {} }, content(2, 'https://cdn.plaid.com/link/'))).toEqual({
      result: { site: 'budgetbuddy.example', decisions: [{ site: 'budgetbuddy.example', provider: 'plaid', verdict: 'allow', at: 1 }] },
    });
    expect(await send({ type: 'site/decisions', payload: {} }, ui)).toEqual({ error: 'not allowed from this sender' });
  });

  it('keeps a backup of damaged settings and restores the rules for the decisions that survive', async () => {
    const raw = { version: 1, decisions: [{ site: 'budgetbuddy.example', provider: 'plaid', verdict: 'block', at: 1 }, { site: 42 }] };
    await fakeBrowser.storage.local.set({ settings: raw });
    fakeBrowser.runtime.onStartup.emit();
    await settle();
    const stored = await fakeBrowser.storage.local.get(null);
    const backups = Object.keys(stored).filter((k) => k.startsWith('settings.backup.'));
    expect(backups).toHaveLength(1);
    expect(stored[backups[0]!]).toEqual(raw);
    expect(stored.settings).toEqual({ version: 1, decisions: [raw.decisions[0]] });
    expect(await fakeBrowser.declarativeNetRequest.getDynamicRules()).toHaveLength(1);
  });
});

describe('on-demand scripts', () => {
  it('inject the responder into the asking frame only', async () => {
    await send({ type: 'responder/load', payload: {} }, content(4));
    expect(fakeBrowser.scripting.injected).toEqual([{ target: { tabId: TAB, frameIds: [4] }, files: ['responder.js'] }]);
  });

  it('inject the scanner into the asking frame only, the responder first when asked for it too', async () => {
    await send({ type: 'scanner/load', payload: {} }, content(3));
    await send({ type: 'scanner/load', payload: { responder: true } }, content(5));
    expect(fakeBrowser.scripting.injected).toEqual([
      { target: { tabId: TAB, frameIds: [3] }, files: ['scanner.js'] },
      { target: { tabId: TAB, frameIds: [5] }, files: ['responder.js', 'scanner.js'] },
    ]);
  });

  it('wake the frame Firefox names', async () => {
    expect(await send({ type: 'frame/wake', payload: { url: 'https://talk.example/embed/', frameId: 9 } }, content(0))).toEqual({ result: { ok: true } });
    expect(fakeBrowser.scripting.injected).toEqual([{ target: { tabId: TAB, frameIds: [9] }, files: ['provider-page.js', 'content.js'] }]);
  });

  it("wake the frame Chrome's background finds by its address under the asking frame, with the frames inside it", async () => {
    fakeBrowser.webNavigation.frames = [
      { frameId: 0, parentFrameId: -1, url: PAGE },
      { frameId: 3, parentFrameId: 0, url: 'https://ads.example/slot' },
      { frameId: 5, parentFrameId: 0, url: 'https://talk.example/embed/?thread=1#top' },
      { frameId: 8, parentFrameId: 5, url: 'https://talk.example/login' },
      { frameId: 6, parentFrameId: 2, url: 'https://talk.example/embed/?thread=1' },
    ];
    await send({ type: 'frame/wake', payload: { url: 'https://talk.example/embed/?thread=1' } }, content(0));
    expect(fakeBrowser.scripting.injected).toEqual([{ target: { tabId: TAB, frameIds: [5, 8] }, files: ['provider-page.js', 'content.js'] }]);
  });

  it("look at the whole of a tab's top page when the popup asks, in the content script's world", async () => {
    expect(await send({ type: 'tab/look', payload: { tabId: TAB } }, ui)).toEqual({ result: { ok: true } });
    const [details] = fakeBrowser.scripting.injected as { target: unknown; func: (key: string) => void; args: [string] }[];
    expect(details).toMatchObject({ target: { tabId: TAB, frameIds: [0] }, args: [CONTENT_GLOBAL] });
    // What the browser runs in that world: the look content.js left there, if it left one.
    let looked = 0;
    (globalThis as ContentHost)[CONTENT_GLOBAL] = () => void looked++;
    details!.func(...details!.args);
    delete (globalThis as ContentHost)[CONTENT_GLOBAL];
    expect(() => details!.func(...details!.args)).not.toThrow();
    expect(looked).toBe(1);
  });

  it('refuse a look asked by a page', async () => {
    expect(await send({ type: 'tab/look', payload: { tabId: TAB } }, content(0))).toEqual({ error: 'not allowed from this sender' });
    expect(fakeBrowser.scripting.injected).toEqual([]);
  });

  it('refuse a wake from a page or an extension page', async () => {
    expect(await send({ type: 'frame/wake', payload: { url: '', frameId: 1 } }, ui)).toEqual({ error: 'not allowed from this sender' });
    expect(await send({ type: 'frame/wake', payload: { url: 42, frameId: 1 } }, content(0))).toMatchObject({ error: expect.stringContaining('payload.url') });
    expect(fakeBrowser.scripting.injected).toEqual([]);
  });
});
