import { STAND_IN } from '../providers/catalog/stand-ins.ts';
import { flowOf } from '../providers/types.ts';
import { callsFrom, codeBudget } from './calls.ts';
import { CUE_NOUNS, PAYMENT_NOUNS } from './cue-words.ts';
import { isNotAPrompt, lazy, mayBePromptLabel, mayHaveBankIntent, namedCuesFrom, normalizeText, wordGate } from './cues.ts';
import { formScope } from './form-scope.ts';
import { contextText, fieldKindOfInput, fieldKindOfLabel, submitOf, type FieldKind } from './forms.ts';
import { labelsOf, readsAsArticleLink } from './labels.ts';
import { pageContext, SiteOwners, type PageContext } from './page-context.ts';
import { unpackProvider, unpackRule, type PackedEntry, type PackedRule, type RuleEntry, type ScannerPlan } from './plan.ts';
import { ElementQueries, type Depth } from './queries.ts';
import { providerless } from './providerless.ts';
import { relayFrom } from './relay.ts';
import type { Finding, Signal } from './types.ts';
import { UrlRuleIndex, parseUrl } from './url-rules.ts';
import { hostOfRaw, paramNamesIn, pathsInCode, shorten, urlsInCode, urlsInCodeAt } from './urls.ts';


export interface Scanner {
  /** Clues in a document's own URL: a consent page, or a provider's widget frame seen from inside. */
  scanUrl(pageUrl: string): Finding[];
  /**
   * Clues in `root` and everything below it (not into shadow roots: the caller walks those). A
   * 'quiet' look leaves out what needs a walk of its own (see Depth).
   */
  scanTree(root: ParentNode, baseUrl: string, options?: ScanOptions): Finding[];
  /** Subtrees of one document the page added, together (the watcher's batches). */
  scanTrees(roots: readonly ParentNode[], baseUrl: string, options?: ScanOptions): Finding[];
}

export interface ScanOptions {
  /** How much of each root to look at; by default its words decide (see Depth). What a person came near is looked at in full. */
  depth?: Depth;
  /**
   * The document has shown a provider's script or frame: its widgets' markup (a .fb-login-button the
   * SDK fills in) may come in a subtree without words, so quiet subtrees are searched for markup too.
   */
  widgets?: boolean;
  /** Told of every frame element visited (the watcher follows their src, which a page may set later). */
  onFrame?: (frame: Element) => void;
}

const NOTHING: readonly Finding[] = [];
const MAX_URL = 8_192;
const MAX_NESTED_PARAMS = 20;
const INLINE_SCRIPT_BUDGET = 500_000;
const LOGOUT = /log-?out|sign-?out|logoff/i;
/** Inputs a person types into (the form-shape checks start from them). */
const TYPED_INPUTS = new Set(['text', 'password', 'number', 'tel', 'email', 'search', '']);
const MAX_LABELS = 50;
/** Consent URLs a page script writes out (window.open('https://…/authorize?…')): how many to read per script. */
const MAX_SCRIPT_URLS = 50;
/** How much code around such a URL may build its parameters. */
const SCRIPT_URL_WINDOW = 1_500;
/**
 * Attributes a sign-in button names its provider in (<button data-provider="google">Connect</button>).
 * Absent attributes cost a query next to nothing, so each is asked on its own.
 */
const PROVIDER_ATTRIBUTES = ['data-provider', 'data-provider-id', 'data-social-provider', 'data-auth-provider', 'data-oauth-provider'];
/** A submit button that names an amount ("Pay $1,240.00", "Zahlen 20 €"). */
const PAYS_NOW = /[$€£¥₹]\s?\d|\d\s?(?:[$€£¥₹]|eur|usd|gbp)\b/i;
/** An inserted subtree with more text than this is walked whole however quiet its words: an app's whole view. */
const QUIET_TEXT = 20_000;
const CLICKABLE = 'a,button,[role=button],[role=link],input[type=submit],input[type=button]';

export interface ScannerOptions {
  /**
   * Called with what a scan threw. The scan then answers "nothing found" rather than stopping the
   * content script: a hostile page must not switch ShareGuard off. Tests pass a reporter here.
   */
  onError?: (error: unknown) => void;
}

/** A scanner from a plan of the catalog (scanner-plan.ts, built ahead: see plan.ts). */
export function createScanner(plan: ScannerPlan, options: ScannerOptions = {}): Scanner {
  const fail = (error: unknown) => options.onError?.(error);
  // The plan's sections are parsed when first read (see scripts/lib/precompute.ts): read them late.
  // Each part is built the first time it is needed: most frames need only the URL index.
  const index = lazy(() => new UrlRuleIndex<RuleEntry, PackedRule>(plan.rules, unpackRule));
  const providers = lazy(() => plan.providers.map(unpackProvider));
  const byId = lazy(() => new Map(providers().map((p) => [p.id, p])));
  // Labels without any of the gate's words are not read further.
  const cueGate = lazy(() => wordGate(`${CUE_NOUNS}|${plan.names}`));
  // On a payment app's own site, "Add payment method" counts too (elsewhere it is a checkout).
  const paymentSiteGate = lazy(() => wordGate(`${CUE_NOUNS}|${PAYMENT_NOUNS}|${plan.names}`));
  const queries = lazy(() => new ElementQueries(plan.markup.map((m) => m[0])));
  const named = lazy(() => namedCuesFrom(plan.named));
  const relay = lazy(() => relayFrom(plan.relay));
  const calls = lazy(() => callsFrom(plan.calls, providers));
  const owners = lazy(() => new SiteOwners(plan.owners));
  let lastBase: string | undefined;
  let lastCtx: PageContext | undefined;
  /** A provider's own site talking about signing in with it ("Sign in with Google" on google.com) asks nothing for anyone else. */
  const onOwnSite = (id: string, ctx: PageContext) => {
    const p = byId().get(id);
    return p !== undefined && ctx.siteOwner[flowOf(p)] === id;
  };

  /** Findings for one URL found in the page (or the page's own URL), one per provider. */
  function fromUrl(raw: string, base: string | undefined, signal: Signal, anchor?: Element, baseKnown = false): readonly Finding[] {
    if (!raw || raw.length > MAX_URL) return NOTHING;
    // Most links on most pages end here, on a host read without parsing the URL.
    const host = hostOfRaw(raw);
    if (host === null || (host ? !index().knowsHost(host) : !baseKnown)) return NOTHING;
    const url = parseUrl(raw, base);
    if (!url) return NOTHING;
    const direct = findingsFor(url, signal, shorten(url.href), anchor);
    if (direct.length || signal === 'script' || signal === 'frame') return direct;
    return nestedFindings(url, signal, anchor);
  }

  function findingsFor(url: URL, signal: Signal, detail: string, anchor?: Element, extraParams?: ReadonlySet<string>): Finding[] {
    const byProvider = new Map<string, Finding>();
    for (const entry of index().match(url, extraParams)) {
      if (signal === 'script' ? entry.type !== 'script' : entry.type === 'script') continue;
      const { rule } = entry;
      const provider = providers()[entry.provider]!;
      let f = byProvider.get(provider.id);
      if (!f) {
        f = { provider: provider.id, kind: provider.kind, signal, detail, weak: true };
        if (anchor) f.anchor = anchor;
        byProvider.set(provider.id, f);
      }
      if (!rule.weak) delete f.weak;
      if (rule.implies) f.categories = [...new Set([...(f.categories ?? []), ...rule.implies])];
      // What it asks for and who asks: read by the responder, from the URL.
      if (entry.type === 'authorize') f.url = url.href;
    }
    return [...byProvider.values()];
  }

  /**
   * A provider's sign-in page that carries the consent URL it will go on to (Facebook's login.php
   * ?next=…/dialog/oauth, GitHub's /login?return_to=/login/oauth/authorize…): one level deep.
   */
  function nestedFindings(url: URL, signal: Signal, anchor?: Element): Finding[] {
    if (!index().knowsHost(url.hostname) || LOGOUT.test(url.pathname)) return [];
    // forEach, not for…of: in Firefox content scripts the URLSearchParams iterator throws.
    const values: string[] = [];
    url.searchParams.forEach((value) => {
      if (values.length < MAX_NESTED_PARAMS) values.push(value);
    });
    for (const value of values) {
      if (value.length < 8 || value.length > MAX_URL || !(value.startsWith('http') || value.startsWith('/'))) continue;
      const inner = parseUrl(value, url.href);
      if (!inner || inner.href === url.href) continue;
      const found = findingsFor(inner, signal, shorten(url.href), anchor).filter((f) => !f.weak);
      if (found.length) return found;
    }
    return [];
  }

  /** Scans roots of one document together: the page context, the form scopes and the closures are made once. */
  function scanTreesImpl(roots: readonly ParentNode[], baseUrl: string, options: ScanOptions = {}): Finding[] {
    const widgets = options.widgets ?? false;
    // A page's inserted subtrees all share its address: work out what it says once.
    if (baseUrl !== lastBase || !lastCtx) {
      lastBase = baseUrl;
      lastCtx = pageContext(baseUrl, owners());
    }
    const ctx = lastCtx;
    // What the page inserts: its words decide how much of it is worth a look (see Depth). Most of a
    // busy feed's posts have no cue word, nothing a quiet look visits, and end here.
    const gate = ctx.siteOwner['link-bank'] ? paymentSiteGate() : cueGate();
    const looks: [ParentNode, Depth][] = [];
    for (const root of roots) {
      const text = isDocumentRoot(root) ? null : (root.textContent ?? '');
      const look = options.depth ?? (text !== null && text.length <= QUIET_TEXT && !gate.test(text) ? 'quiet' : 'full');
      if (look !== 'quiet' || widgets || queries().quietHasWork(root)) looks.push([root, look]);
    }
    const out: Finding[] = [];
    if (!looks.length) return out;
    const baseKnown = ctx.host ? index().knowsHost(ctx.host) : false;
    const fields = new Map<Element, { kinds: Set<FieldKind>; first: Element }>();
    let scriptBudget = INLINE_SCRIPT_BUDGET;

    // Every form with a field to type into is a scope; its labels are read once, per scope.
    const noteField = (field: Element, kind: FieldKind | null) => {
      const scope = formScope(field);
      const seen = fields.get(scope);
      if (seen) {
        if (kind) seen.kinds.add(kind);
      } else fields.set(scope, { kinds: new Set(kind ? [kind] : []), first: field });
    };

    const visit = (el: Element, tag: string) => {
      switch (tag) {
        case 'script': {
          const src = el.getAttribute('src');
          if (src !== null) addAll(out, fromUrl(src, baseUrl, 'script', el));
          else if (scriptBudget > 0) scriptBudget -= inlineScript(el, out, scriptBudget);
          return;
        }
        case 'iframe':
        case 'frame':
          options.onFrame?.(el);
          addAll(out, fromUrl(el.getAttribute('src') ?? '', baseUrl, 'frame', el, baseKnown));
          return;
        case 'form': {
          const action = el.getAttribute('action') ?? '';
          addAll(out, fromUrl(action, baseUrl, 'form', el, baseKnown));
          if (!ctx.explainsPrompts) relayed(action, 'form', el, out, ctx);
          return;
        }
        case 'input': {
          const type = (el.getAttribute('type') ?? 'text').toLowerCase();
          if (type === 'submit' || type === 'button' || type === 'image') break;
          if (TYPED_INPUTS.has(type)) noteField(el, fieldKindOfInput(el));
          return;
        }
      }
      clickable(el, tag, ctx, baseUrl, baseKnown, out);
    };

    for (const [root, rootDepth] of looks) {
      queries().forEachBase(root, visit, rootDepth);
      // A quiet subtree (a feed's post) is asked only for a widget's frame, unless a provider's script or frame has shown.
      for (const [el, i] of queries().markupHits(root, rootDepth === 'quiet' && !widgets)) markupFinding(el, plan.markup[i]!, out);
      if (rootDepth === 'quiet') continue;
      if (!ctx.explainsPrompts) for (const attr of PROVIDER_ATTRIBUTES) for (const el of queries().withAttribute(root, attr)) providerAttribute(el, attr, ctx, out);
    }

    for (const [scope, { kinds, first }] of fields) {
      const labels = scope.querySelectorAll('label');
      for (let i = 0; i < labels.length && i < MAX_LABELS; i++) {
        const kind = fieldKindOfLabel(labels[i]!);
        if (kind) kinds.add(kind);
      }
      if (kinds.size) formFinding(scope, kinds, first, ctx, out);
    }

    // Documentation shows providers' buttons and widgets to explain them (live demos included): on
    // such pages they count only as weak signatures; the page's own URL still counts in full.
    if (ctx.explainsPrompts) for (const f of out) if (f.provider) f.weak = true;
    return out;
  }

  function clickable(el: Element, tag: string, ctx: PageContext, baseUrl: string, baseKnown: boolean, out: Finding[]): void {
    const isLink = tag === 'a' || tag === 'area';
    const href = isLink ? el.getAttribute('href') : null;
    if (href) {
      addAll(out, fromUrl(href, baseUrl, 'link', el, baseKnown));
      if (href.startsWith('javascript:')) for (const u of urlsInCode(href)) addAll(out, fromUrl(u, baseUrl, 'link', el, baseKnown));
    }
    if (!isLink) {
      // Buttons and scripted elements carry their target elsewhere (links have thousands of siblings: href only).
      for (const attr of ['formaction', 'data-href', 'data-url']) {
        const v = el.getAttribute(attr);
        if (v) addAll(out, fromUrl(v, baseUrl, 'link', el, baseKnown));
      }
      const onclick = el.getAttribute('onclick');
      if (onclick && onclick.length < MAX_URL) for (const u of urlsInCode(onclick)) addAll(out, fromUrl(u, baseUrl, 'link', el, baseKnown));
    }
    if (ctx.explainsPrompts) return;
    if (href && href.charCodeAt(0) !== 35) relayed(href, 'link', el, out, ctx); // not '#…'
    if (!isLink) {
      const onclick = el.getAttribute('onclick');
      if (onclick && onclick.length < MAX_URL) for (const path of pathsInCode(onclick)) relayed(path, 'link', el, out, ctx);
    }

    const onPaymentSite = Boolean(ctx.siteOwner['link-bank']);
    for (const text of labelsOf(el, tag, onPaymentSite ? paymentSiteGate() : cueGate())) {
      const namedIds = named().match(text).filter((id) => !onOwnSite(id, ctx));
      const mayBePrompt = mayBePromptLabel(text, onPaymentSite);
      // Where the link sits is read only for the few labels that look like a prompt.
      if ((!namedIds.length && !mayBePrompt) || (tag === 'a' && readsAsArticleLink(el, href, text.length))) continue;
      for (const id of namedIds) out.push({ provider: id, kind: byId().get(id)!.kind, signal: 'text', detail: text, anchor: el });
      // "Link your bank", "Find friends": the responder matches the phrases.
      if (mayBePrompt) out.push({ provider: null, kind: 'bank-link', signal: 'text', detail: text, anchor: el, unread: { label: true } });
      return;
    }
  }

  /** A site's own route that starts a sign-in with a provider (/auth/google). */
  function relayed(raw: string, signal: Signal, el: Element, out: Finding[], ctx: PageContext): void {
    const id = relay().match(raw);
    if (!id || onOwnSite(id, ctx)) return;
    out.push({ provider: id, kind: byId().get(id)!.kind, signal, detail: shorten(raw), anchor: el });
  }

  /** <button data-provider="google">Connect</button>: a clickable naming its provider, unless its words say it shares or pays. */
  function providerAttribute(el: Element, attr: string, ctx: PageContext, out: Finding[]): void {
    const id = relay().provider(el.getAttribute(attr) ?? '');
    const target = el.closest(CLICKABLE);
    if (!id || !target || onOwnSite(id, ctx)) return;
    const label = normalizeText((target.textContent ?? '').slice(0, 200));
    if (isNotAPrompt(label)) return;
    out.push({ provider: id, kind: byId().get(id)!.kind, signal: 'markup', detail: `[${attr}="${id}"]`, anchor: target });
  }

  /**
   * Routing and account numbers together are a bank link in any language; a password or an IBAN is
   * one only when the words around it speak of someone else's bank, which the responder reads.
   */
  function formFinding(scope: Element, kinds: Set<FieldKind>, first: Element, ctx: PageContext, out: Finding[]): void {
    const password = kinds.has('password');
    const anchor = submitOf(scope, first);
    if (kinds.has('routing') && kinds.has('account') && !password) {
      // "Pay $1,240.00": the numbers pay once, as a card number does at a checkout; linking keeps them.
      if (PAYS_NOW.test(anchor.textContent ?? '') || isNotAPrompt(normalizeText(`${anchor.textContent ?? ''} ${anchor.getAttribute('value') ?? ''}`))) return;
      const standIn = ctx.siteOwner['link-bank'] ?? STAND_IN.bankAccount;
      out.push(providerless(standIn, byId().get(standIn), 'form', 'routing and account number fields', anchor));
      return;
    }
    if (!password && !kinds.has('iban')) return;
    const context = contextText(scope);
    if (mayHaveBankIntent(context)) out.push({ provider: null, kind: 'bank-link', signal: 'form', detail: context.slice(0, 80), anchor, unread: { form: true, context, password } });
  }

  function markupFinding(el: Element, [selector, index, weak, implies]: PackedEntry, out: Finding[]): void {
    const provider = providers()[index]!;
    const f: Finding = { provider: provider.id, kind: provider.kind, signal: 'markup', detail: selector, anchor: el };
    if (weak) f.weak = true;
    if (implies) f.categories = [...implies];
    out.push(f);
  }

  /** SDK calls in an inline script, and the consent URLs it writes out. Returns the characters read. */
  function inlineScript(script: Element, out: Finding[], budget: number): number {
    const limit = Math.min(codeBudget(script), budget);
    if (!limit) return 0;
    const text = (script.textContent ?? '').slice(0, limit);
    for (const { url: raw, at } of urlsInCodeAt(text, MAX_SCRIPT_URLS)) {
      const host = hostOfRaw(raw);
      if (!host || !index().knowsHost(host)) continue;
      const url = parseUrl(raw);
      if (!url) continue;
      // A URL the code goes on to build: its parameters may stand around it ('…/authorize?' + params).
      const code = text.slice(Math.max(0, at - SCRIPT_URL_WINDOW), at + SCRIPT_URL_WINDOW);
      for (const f of findingsFor(url, 'link', `${shorten(url.href)} (in a page script)`, script, paramNamesIn(code))) out.push({ ...f, signal: 'script', code });
    }
    for (const hit of calls()(text)) {
      const f: Finding = { provider: hit.provider.id, kind: hit.provider.kind, signal: 'script', detail: `${hit.rule.call}(…) in a page script`, anchor: script };
      f.call = { name: hit.rule.call, lead: hit.lead, args: hit.args };
      if (hit.rule.weak) f.weak = true;
      if (hit.rule.implies) f.categories = [...hit.rule.implies];
      out.push(f);
    }
    return text.length;
  }

  return {
    scanUrl(pageUrl) {
      try {
        return [...fromUrl(pageUrl, undefined, 'page-url')];
      } catch (error) {
        fail(error);
        return [];
      }
    },

    scanTree(root, baseUrl, options) {
      return this.scanTrees([root], baseUrl, options);
    },

    scanTrees(roots, baseUrl, options) {
      try {
        return scanTreesImpl(roots, baseUrl, options);
      } catch (error) {
        fail(error);
        return [];
      }
    },
  };
}

function isDocumentRoot(node: ParentNode): boolean {
  return (node as Node).nodeType === 9;
}

function addAll(out: Finding[], found: readonly Finding[]): void {
  for (let i = 0; i < found.length; i++) out.push(found[i]!);
}
