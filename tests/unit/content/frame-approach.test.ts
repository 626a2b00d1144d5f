// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { frameAddress } from '../../../src/content/frame-address.ts';
import { PageWatcher } from '../../../src/content/page-watcher.ts';
import { parse, scanner } from '../detect/helpers.ts';

/** The body's (or a shadow root's) content, from markup. */
const fill = (parent: ParentNode, html: string) => parent.replaceChildren(...parse(html).body.childNodes);
const tick = () => new Promise((r) => setTimeout(r, 0));
// happy-dom has no idle callbacks, nor the XPath the watcher's look for shadow roots uses: not under
// test here. The look runs on each shadow root a watcher finds, and the watchers of earlier tests
// still observe the document: an empty answer stands in for the XPath.
globalThis.requestIdleCallback ??= () => 0;
document.evaluate ??= (() => ({ snapshotLength: 0, snapshotItem: () => null })) as unknown as Document['evaluate'];

/** A watcher over the current document; returns the frames it was told a person came near. */
function watch(): Element[] {
  const woken: Element[] = [];
  new PageWatcher({ scanner, onChange: () => undefined, onFrameApproach: (f) => woken.push(f) }).start();
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

describe('an element focused before the watcher started, on a page too big to read whole at load', () => {
  it('is read the first time it is typed into', () => {
    const filler = Array.from({ length: 601 }, (_, i) => `<a href="/story/${i}">Story ${i}</a>`).join('');
    fill(document.body, `${filler}<a id="fb" href="https://www.facebook.com/v19.0/dialog/oauth?client_id=1&scope=user_friends">Continue</a>`);
    const link = document.getElementById('fb')!;
    link.focus();
    const seen: string[][] = [];
    new PageWatcher({ scanner, onChange: (f) => seen.push(f.map((x) => x.provider ?? '')), onFrameApproach: () => undefined }).start();
    // Not at load: a top page's start-up reads no element it does not have to.
    expect(seen.flat()).toEqual([]);
    link.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    expect(seen.at(-1)).toEqual(['facebook']);
  });
});

describe('a page too big to read whole at load, when the popup opens', () => {
  const bigPage = () => {
    const filler = Array.from({ length: 601 }, (_, i) => `<a href="/story/${i}">Story ${i}</a>`).join('');
    fill(document.body, `${filler}<a id="fb" href="https://www.facebook.com/v19.0/dialog/oauth?client_id=1&scope=user_friends">Continue</a>`);
  };

  it('is read whole by the look start() returns, once', () => {
    bigPage();
    const seen: string[][] = [];
    const lookWhole = new PageWatcher({ scanner, onChange: (f) => seen.push(f.map((x) => x.provider ?? '')), onFrameApproach: () => undefined }).start();
    expect(seen.flat()).toEqual([]);
    lookWhole();
    expect(seen.at(-1)).toEqual(['facebook']);
    const calls = seen.length;
    lookWhole();
    expect(seen).toHaveLength(calls);
  });

  it('a page read whole at load is not read again', () => {
    fill(document.body, '<a href="https://www.facebook.com/v19.0/dialog/oauth?client_id=1&scope=user_friends">Continue</a>');
    const seen: string[][] = [];
    const lookWhole = new PageWatcher({ scanner, onChange: (f) => seen.push(f.map((x) => x.provider ?? '')), onFrameApproach: () => undefined }).start();
    expect(seen).toEqual([['facebook']]);
    lookWhole();
    expect(seen).toHaveLength(1);
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
