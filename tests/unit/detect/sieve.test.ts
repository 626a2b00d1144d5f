// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"disableJavaScriptFileLoading": true, "disableCSSFileLoading": true, "handleDisabledFileLoadingAsSuccess": true, "navigation": {"disableChildFrameNavigation": true, "disableChildPageNavigation": true, "disableMainFrameNavigation": true}}}
import fc from 'fast-check';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../scripts/lib/eval/corpus.ts';
import { unpackRule } from '../../../src/detect/plan.ts';
import { SCANNER_PLAN } from '../../../src/detect/scanner-plan.ts';
import { hasClue, pieceOf, sieveOf } from '../../../src/detect/sieve.ts';
import { SIEVE } from '../../../src/detect/sieve-plan.ts';
import { UrlRuleIndex, parseUrl } from '../../../src/detect/url-rules.ts';
import { DETECTION_CATALOG } from '../../../src/providers/detection-catalog.ts';
import { parse } from './helpers.ts';

const corpus = loadCorpus(path.resolve(import.meta.dirname, '../../fixtures/eval'));
const sieve = sieveOf(SCANNER_PLAN.rules, SCANNER_PLAN.markup);
const sieveFor = (el: Element) => (el.localName === 'script' ? sieve.scripts : el.localName === 'a' ? sieve.links : sieve.frames);
const index = new UrlRuleIndex(SCANNER_PLAN.rules, unpackRule);
const patterns = [...new Set(DETECTION_CATALOG.flatMap((p) => [...(p.scripts ?? []), ...(p.frames ?? []), ...(p.authorize ?? [])]).flatMap((r) => (r.pathPattern ? [r.pathPattern] : [])))];

describe('the piece of a path pattern the sieve asks for', () => {
  it.each([
    ['^/(v[0-9.]+/)?dialog/oauth', 'dialog/oauth'],
    ['^/(\\w\\w/)?myaccount/money/banks/new', 'myaccount/money/banks/new'],
    ['^/authenticate/[^/]+/fastlink', '/authenticate/'],
    ['^/mynetwork/import-contacts(/(results)?)?/?$', '/mynetwork/import-contacts'],
    ['^/(oauth/v2|uas/oauth2)/authorization', '/authorization'],
    ['^/oauth/(authenticate|authorize)', '/oauth/'],
    // Nothing of four characters that every match holds: the host alone.
    ['^/[a-z]{2}_[a-z]{2}/(sdk|all)(/[a-z]+)?\\.js', '/'],
    ['^/(o/oauth2/auth|signin/oauth)', '/'],
    // An optional character ends a piece; so does a repeat that may be none.
    ['^/abcdefs?/go', '/abcdef'],
    ['^/abcdefs{0,1}/go', '/abcdef'],
    ['^/abcdefs+/go', '/abcdefs'],
  ])('%s → %s', (pattern, piece) => {
    expect(pieceOf(pattern)).toBe(piece);
  });

  it('is in every path each of the catalog\'s patterns matches', () => {
    expect(patterns.length).toBeGreaterThan(10);
    for (const pattern of patterns) {
      const piece = pieceOf(pattern).toLowerCase();
      fc.assert(
        fc.property(fc.stringMatching(new RegExp(pattern)), (p) => p.toLowerCase().includes(piece)),
        { numRuns: 200 },
      );
    }
  });
});

describe('the sieve', () => {
  it('names every element of the eval corpus whose own src or href a catalog rule matches', () => {
    let named = 0;
    for (const c of corpus) {
      const doc = parse(c.html);
      for (const el of doc.querySelectorAll('script[src],iframe[src],a[href]')) {
        const script = el.localName === 'script';
        const raw = el.getAttribute(el.hasAttribute('src') ? 'src' : 'href')!;
        // A path alone on a provider's own host: the watcher reads such pages whole at load.
        if (!/^(?:[a-z]+:)?\/\//i.test(raw) && index.knowsHost(new URL(c.url).hostname)) continue;
        const url = parseUrl(raw, c.url);
        // As the scan reads them: a script's rules in a script's src, the others' in a frame's src or a link's href.
        if (!url || !index.match(url).some((e) => (e.type === 'script') === script)) continue;
        named++;
        expect(el.matches(sieveFor(el)), `${c.id}: ${el.outerHTML.slice(0, 120)}`).toBe(true);
      }
    }
    expect(named).toBeGreaterThan(50);
  });

  it("names a widget's frame by its markup too", () => {
    const doc = parse('<iframe id="plaid-link-iframe-1"></iframe><iframe title="Plaid Link"></iframe><iframe id="comments"></iframe>');
    expect([...doc.querySelectorAll(sieve.frames)].map((el) => el.outerHTML.slice(0, 30))).toHaveLength(2);
  });

  it('passes an ordinary article: its social, share and sign-in links, analytics and embeds', () => {
    const doc = parse(`
      <a href="https://www.facebook.com/benchdaily">Facebook</a><a href="https://www.linkedin.com/company/bench">LinkedIn</a>
      <a href="https://www.facebook.com/sharer/sharer.php?u=x">Share</a><a href="https://x.com/intent/post?url=x">Post</a>
      <a href="https://accounts.example/login">Sign in</a><a href="/2026/03/story">Story</a>
      <script src="https://www.googletagmanager.com/gtag/js?id=G-1"></script><iframe src="https://www.youtube.com/embed/abc"></iframe>`);
    expect(hasClue(doc, SIEVE)).toBe(false);
  });

  it("catches what the rules say, in the sieve content.js carries", () => {
    for (const body of [
      '<a href="https://www.facebook.com/v19.0/dialog/oauth?client_id=1&scope=user_friends">Play</a>',
      '<script src="https://cdn.plaid.com/link/v2/stable/link-initialize.js"></script>',
      '<iframe src="https://accounts.google.com/gsi/button?theme=outline"></iframe>',
      '<a href="https://secure.plaid.com/hl/abc">Link your bank</a>',
    ]) expect(hasClue(parse(body), SIEVE), body).toBe(true);
  });

  it('asks for frames and links only when told to', () => {
    const link = parse('<a href="https://www.facebook.com/v19.0/dialog/oauth?client_id=1">Play</a>');
    const frame = parse('<iframe src="https://accounts.google.com/gsi/button?theme=outline"></iframe>');
    expect(hasClue(link, SIEVE, { links: false })).toBe(false);
    expect(hasClue(frame, SIEVE, { frames: false })).toBe(false);
    expect(hasClue(frame, SIEVE, { links: false })).toBe(true);
  });

  it('asks a subtree the page added, its root included', () => {
    const added = parse(`<div>${'<p>x</p>'.repeat(3)}<a href="https://www.facebook.com/v19.0/dialog/oauth?client_id=1">Play</a></div>`).body;
    expect(hasClue(added.firstElementChild!, SIEVE)).toBe(true);
    expect(hasClue(added.querySelector('a')!, SIEVE)).toBe(true);
    expect(hasClue(added.querySelector('p')!, SIEVE)).toBe(false);
  });

  it('counts a query the engine cannot take as a clue, so the page is read', () => {
    expect(hasClue(parse('<p>x</p>'), { scripts: 'script:is(', frames: 'iframe', links: 'a' })).toBe(true);
  });
});
