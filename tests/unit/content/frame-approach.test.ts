// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { frameAddress } from '../../../src/content/frame-address.ts';
import { PageWatcher, type WatcherOptions } from '../../../src/content/page-watcher.ts';
import type { Scanner } from '../../../src/detect/index.ts';
import { SIEVE } from '../../../src/detect/sieve-plan.ts';
import { parse, scanner } from '../detect/helpers.ts';

/** The body's (or a shadow root's) content, from markup. */
const fill = (parent: ParentNode, html: string) => parent.replaceChildren(...parse(html).body.childNodes);
const tick = () => new Promise((r) => setTimeout(r, 0));
// happy-dom has no idle callbacks, nor the XPath the watcher's look for shadow roots uses: not under
// test here. The look runs on each shadow root a watcher finds, and the watchers of earlier tests
// still observe the document: an empty answer stands in for the XPath.
globalThis.requestIdleCallback ??= () => 0;
document.evaluate ??= (() => ({ snapshotLength: 0, snapshotItem: () => null })) as unknown as Document['evaluate'];

/** A watcher's options with the engine as content.js gets it: the sieve at hand, the scanner loaded when asked for. */
const withEngine = (opts: Omit<WatcherOptions, 'scanner' | 'sieve'>, scanner_: Scanner = scanner): WatcherOptions => ({ scanner: async () => scanner_, sieve: SIEVE, ...opts });

/** A watcher over the current document; returns the frames it was told a person came near. */
function watch(): Element[] {
  const woken: Element[] = [];
  new PageWatcher(withEngine({ onChange: () => undefined, onFrameApproach: (f) => woken.push(f) })).start();
  return woken;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('a frame a person comes near', () => {
  it('is named once when the pointer goes over it, and no other element is', () => {
    fill(document.body, '<p><button id="b">Read more</button></p><iframe id="f"></iframe>');
    const woken = watch();
    const over = (id: string) => document.getElementById(id)!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    over('b');
    over('f');
    over('f');
    expect(woken.map((f) => f.id)).toEqual(['f']);
  });

  it('is named when focus goes into it (the window blurs, the frame element keeps focus)', async () => {
    fill(document.body, '<iframe id="f"></iframe><iframe id="g"></iframe>');
    const woken = watch();
    const frame = document.getElementById('g') as HTMLIFrameElement;
    frame.focus();
    window.dispatchEvent(new FocusEvent('blur'));
    await tick();
    expect(woken.map((f) => f.id)).toEqual(['g']);
  });

  it('inside an open shadow root too', () => {
    fill(document.body, '<comment-box></comment-box>');
    const root = document.querySelector('comment-box')!.attachShadow({ mode: 'open' });
    fill(root, '<iframe id="s"></iframe>');
    const woken = watch();
    root.getElementById('s')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    expect(woken.map((f) => f.id)).toEqual(['s']);
  });
});

/**
 * A watcher over an ordinary page (not a provider's host): what it reported each time (a provider, or
 * the signal of a finding without one), and how often it loaded the scanner.
 */
function watchPage(scanner_ = scanner): { seen: string[][]; lookWhole: () => void; loads: () => number; clues: boolean[] } {
  const seen: string[][] = [];
  const clues: boolean[] = [];
  const opts = withEngine({ checkAddress: false, onChange: (f) => seen.push(f.map((x) => x.provider ?? x.signal)), onFrameApproach: () => undefined }, scanner_);
  const lookWhole = new PageWatcher({ ...opts, scanner: (clue) => (clues.push(clue), opts.scanner(clue)) }).start();
  return { seen, lookWhole, loads: () => clues.length, clues };
}

/** A prompt in a button's words only: nothing the sieve names. */
const WORDS_ONLY = '<p>Results are in.</p><button id="fb" type="button">Continue with Facebook</button>';
const CONSENT_LINK = '<a href="https://www.facebook.com/v19.0/dialog/oauth?client_id=1&scope=user_friends">Play</a>';
const event = (id: string, e: Event) => document.getElementById(id)!.dispatchEvent(e);

describe('a page whose markup names no provider', () => {
  it('is not read at load, nor as it adds what names none: the scanner is not even loaded', async () => {
    fill(document.body, WORDS_ONLY);
    const { seen, loads } = watchPage();
    document.body.append(parse('<div><p>More results.</p><a href="/2026/story">Story</a><script src="/app.js"></script></div>').body.firstChild!);
    await tick();
    expect(loads()).toBe(0);
    expect(seen).toEqual([]);
  });

  it('is read whole once it adds what the sieve names, the scanner told a warning is likely', async () => {
    fill(document.body, WORDS_ONLY);
    const { seen, clues } = watchPage();
    document.body.append(parse(`<div>${CONSENT_LINK}</div>`).body.firstChild!);
    await tick();
    await tick();
    expect(clues).toEqual([true]);
    expect(seen.at(-1)).toEqual(['facebook', 'facebook']);
  });

  it("is read where a person points, and a field with its form (a bank form's fields together)", async () => {
    fill(document.body, `${WORDS_ONLY}<form><input id="r" name="routing_number"><input name="account_number"><button>Save</button></form>`);
    const { seen, clues } = watchPage();
    event('fb', new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await tick();
    expect(seen.at(-1)).toEqual(['facebook']);
    event('r', new FocusEvent('focusin', { bubbles: true, composed: true }));
    await tick();
    expect(seen.at(-1)).toEqual(['facebook', 'form']);
    // Loaded once, for words: no warning is likely yet.
    expect(clues).toEqual([false]);
  });

  it('drops what it read where a person pointed once the page removes it', async () => {
    fill(document.body, WORDS_ONLY);
    const { seen } = watchPage();
    event('fb', new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await tick();
    expect(seen.at(-1)).toEqual(['facebook']);
    document.getElementById('fb')!.remove();
    await tick();
    await tick();
    expect(seen.at(-1)).toEqual([]);
  });

  it('an element focused before the watcher started is read the first time it is typed into', async () => {
    fill(document.body, WORDS_ONLY);
    document.getElementById('fb')!.focus();
    const { seen } = watchPage();
    await tick();
    expect(seen.flat()).toEqual([]);
    event('fb', new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await tick();
    expect(seen.at(-1)).toEqual(['facebook']);
  });

  it('is read whole by the look start() returns (the popup asks), once', async () => {
    fill(document.body, WORDS_ONLY);
    const { seen, lookWhole } = watchPage();
    await tick();
    expect(seen.flat()).toEqual([]);
    lookWhole();
    await tick();
    expect(seen.at(-1)).toEqual(['facebook']);
    const calls = seen.length;
    lookWhole();
    await tick();
    expect(seen).toHaveLength(calls);
  });
});

describe('a page read whole at load', () => {
  it('is one whose markup names a provider (a link to its consent page), and is not read again', async () => {
    fill(document.body, WORDS_ONLY + CONSENT_LINK);
    const { seen, lookWhole } = watchPage();
    await tick();
    expect(seen).toEqual([['facebook', 'facebook']]);
    lookWhole();
    await tick();
    expect(seen).toHaveLength(1);
  });

  it("is one on a provider's own host, whatever its markup", async () => {
    fill(document.body, WORDS_ONLY);
    const seen: string[][] = [];
    new PageWatcher(withEngine({ checkAddress: true, onChange: (f) => seen.push(f.map((x) => x.provider ?? '')), onFrameApproach: () => undefined })).start();
    await tick();
    expect(seen.at(-1)).toEqual(['facebook']);
  });
});

describe('frameAddress', () => {
  it("gives the frame's address, and Firefox's name for it where the browser has one", () => {
    const frame = document.createElement('iframe');
    frame.src = 'https://talk.example/embed/?thread=1';
    expect(frameAddress(frame, {})).toEqual({ url: 'https://talk.example/embed/?thread=1', frameId: undefined });
    expect(frameAddress(frame, { getFrameId: (el) => (el === frame ? 12 : -1) })).toEqual({ url: 'https://talk.example/embed/?thread=1', frameId: 12 });
  });

  it('gives no address for an inline frame', () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = '<p>hi</p>';
    expect(frameAddress(frame, {}).url).toBe('');
  });
});
