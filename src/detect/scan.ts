import type { CategoryId } from '../providers/categories.ts';
import type { AuthorizeRule, ProviderDefinition, UrlRule } from '../providers/types.ts';
import { CATEGORY_PHRASES, INTENT_CUES, MAX_CUE_TEXT } from './lexicon.ts';
import { scopesFromUrl, splitScopes } from './scopes.ts';
import type { Finding, Signal } from './types.ts';
import { UrlRuleIndex, parseUrl } from './url-rules.ts';

type RuleEntry =
  | { type: 'script' | 'frame'; provider: ProviderDefinition; rule: UrlRule }
  | { type: 'authorize'; provider: ProviderDefinition; rule: AuthorizeRule };

export interface Scanner {
  /** Clues in a document's own URL: a consent page, or a provider's widget frame seen from inside. */
  scanUrl(pageUrl: string): Finding[];
  /** Clues in `root` and everything below it (not into shadow roots: the caller walks those). */
  scanTree(root: ParentNode, baseUrl: string): Finding[];
  /** Inside a provider's widget frame: the data its consent pane lists, if it lists any. */
  readConsentPane(root: ParentNode, providerId: string): Finding | null;
}

const CLICKABLE = 'a[href],area[href],button,[role="button"],input[type="submit"],input[type="button"]';
const STRUCTURAL = 'script[src],iframe[src],frame[src],form[action]';
const REQUESTER_PARAMS = ['redirect_uri', 'redirect_url', 'return_to'];
const CONSENT_ITEMS = 'li,[role="listitem"],label,dt,dd';
const MAX_CONSENT_ITEMS = 200;

export function createScanner(catalog: readonly ProviderDefinition[]): Scanner {
  const index = new UrlRuleIndex<RuleEntry>();
  const markup: { selector: string; provider: ProviderDefinition }[] = [];
  const byId = new Map(catalog.map((p) => [p.id, p]));
  for (const provider of catalog) {
    for (const rule of provider.scripts ?? []) index.add({ type: 'script', provider, rule });
    for (const rule of provider.frames ?? []) index.add({ type: 'frame', provider, rule });
    for (const rule of provider.authorize ?? []) index.add({ type: 'authorize', provider, rule });
    for (const selector of provider.selectors ?? []) markup.push({ selector, provider });
  }
  const hostFilter = index.hostFilter();
  const baseSelector = `${STRUCTURAL},${CLICKABLE}`;
  const markupSelector = markup.map((m) => m.selector).join(',');

  /** Findings for one URL found in the page (or the page's own URL). */
  function fromUrl(raw: string, base: string | undefined, signal: Signal, anchor?: Element): Finding[] {
    if (!hostFilter.test(raw)) return []; // most links on most pages end here
    const url = parseUrl(raw, base);
    if (!url) return [];
    const out: Finding[] = [];
    for (const entry of index.match(url)) {
      const wanted = signal === 'script' ? entry.type === 'script' : entry.type !== 'script';
      if (!wanted) continue;
      const finding: Finding = {
        provider: entry.provider.id,
        kind: entry.provider.kind,
        signal,
        detail: shorten(url.href),
      };
      if (entry.type === 'authorize') {
        const scopes = scopesFromUrl(url, entry.rule.scopeParams);
        if (scopes) finding.scopes = scopes;
        const requester = requesterOf(url);
        if (requester) finding.requester = requester;
      }
      if (anchor) finding.anchor = anchor;
      out.push(finding);
    }
    return out;
  }

  function scanElement(el: Element, base: string, out: Finding[]): void {
    switch (el.localName) {
      case 'script':
        out.push(...fromUrl(el.getAttribute('src') ?? '', base, 'script', el));
        return;
      case 'iframe':
      case 'frame':
        out.push(...fromUrl(el.getAttribute('src') ?? '', base, 'frame', el));
        return;
      case 'form':
        out.push(...fromUrl(el.getAttribute('action') ?? '', base, 'form', el));
        return;
      case 'a':
      case 'area':
        out.push(...fromUrl(el.getAttribute('href') ?? '', base, 'link', el));
        break;
    }
    const text = cueText(el);
    if (!text) return;
    for (const cue of INTENT_CUES) {
      if (cue.pattern.test(text)) out.push({ provider: null, kind: cue.kind, signal: 'text', detail: text, anchor: el });
    }
  }

  return {
    scanUrl(pageUrl) {
      return fromUrl(pageUrl, undefined, 'page-url');
    },

    scanTree(root, baseUrl) {
      const out: Finding[] = [];
      if (isElement(root) && root.matches(baseSelector)) scanElement(root, baseUrl, out);
      for (const el of root.querySelectorAll(baseSelector)) scanElement(el, baseUrl, out);
      if (markupSelector) {
        const hits = [...root.querySelectorAll(markupSelector)];
        if (isElement(root) && root.matches(markupSelector)) hits.push(root);
        for (const el of hits) {
          for (const m of markup) {
            if (!el.matches(m.selector)) continue;
            const scopes = el.getAttribute('data-scope') ?? el.getAttribute('data-scopes');
            out.push({
              provider: m.provider.id,
              kind: m.provider.kind,
              signal: 'markup',
              detail: m.selector,
              anchor: el,
              ...(scopes !== null ? { scopes: splitScopes(scopes) } : {}),
            });
          }
        }
      }
      return out;
    },

    readConsentPane(root, providerId) {
      const provider = byId.get(providerId);
      if (!provider) return null;
      const offered = new Set<CategoryId>([...provider.possible, ...Object.values(provider.scopes ?? {}).flat()]);
      const found = new Set<CategoryId>();
      let seen = 0;
      for (const item of root.querySelectorAll(CONSENT_ITEMS)) {
        if (++seen > MAX_CONSENT_ITEMS) break;
        const text = item.textContent ?? '';
        if (text.length > 300) continue;
        for (const [id, re] of Object.entries(CATEGORY_PHRASES) as [CategoryId, RegExp][]) {
          if (offered.has(id) && re.test(text)) found.add(id);
        }
      }
      if (!found.size) return null;
      return {
        provider: provider.id,
        kind: provider.kind,
        signal: 'consent-pane',
        detail: [...found].join(', '),
        categories: [...found],
      };
    },
  };
}

function isElement(node: ParentNode): node is Element {
  return (node as Node).nodeType === 1;
}

/** Visible words of a clickable element, or '' when it is too long to be a button label. */
function cueText(el: Element): string {
  const raw = el.localName === 'input' ? ((el as HTMLInputElement).value ?? '') : (el.textContent ?? '');
  if (raw.length > MAX_CUE_TEXT * 4) return '';
  const text = raw.replace(/\s+/g, ' ').trim();
  return text.length <= MAX_CUE_TEXT ? text : '';
}

function requesterOf(url: URL): string | undefined {
  for (const p of REQUESTER_PARAMS) {
    const target = url.searchParams.get(p);
    if (!target) continue;
    const parsed = parseUrl(target);
    if (parsed && parsed.hostname !== url.hostname) return parsed.hostname;
  }
  return undefined;
}

function shorten(href: string): string {
  return href.length > 200 ? `${href.slice(0, 199)}…` : href;
}
