import type { Finding, Scanner } from '../detect/index.ts';
import { formScope } from '../detect/form-scope.ts';
import type { Depth } from '../detect/queries.ts';
import { hasClue, type Sieve } from '../detect/sieve.ts';
import { Churn } from './churn.ts';
import { planAround } from './observe-around.ts';

/**
 * What a person can point at or focus: what can be clicked, fields (a bank login is typed into), and
 * frames (whose documents the scans never see: see WatcherOptions.onFrameApproach).
 */
const APPROACHABLE = 'a,area,button,[role=button],[role=link],input,select,textarea,iframe,frame';

const FORM_PARTS = new Set(['button', 'input', 'select', 'textarea']);

/**
 * A person coming near something, before any click; keydown for what was focused before this script
 * ran (an autofocused field), the first time it is typed into.
 */
const APPROACH_EVENTS = ['pointerover', 'focusin', 'keydown'] as const;

/**
 * Keeps the findings of one document current at the lowest cost. Until the document names a provider
 * (the sieve: see detect/sieve.ts), nothing is read: the engine is asked the sieve's questions at
 * load and of each subtree the page adds, and the scanner is not even loaded. What the sieve cannot
 * see (a button's words) is read where a person comes near it, and the whole document when the popup
 * asks. Once the document names a provider, or is on a provider's host, it is read whole, then only
 * the subtrees the page adds (batched, each scanned once), the URL when it changes, and open shadow
 * roots as they show up. A container the page keeps adding to (a live feed) is left out of the
 * observer while it keeps that pace: see churn.ts and observe-around.ts. A page with nothing to warn
 * about holds no findings and sends nothing.
 *
 * Cost model (Chromium): the first touch of an element from an isolated world makes a wrapper for it
 * (~1 µs each, several times the main world's), so this file never walks the whole document itself;
 * and the first run of the scanner's code in a fresh tab (compiling it) costs more than reading a
 * small page, hence the sieve.
 */
export interface WatcherOptions {
  /**
   * Loads the scanner, the first time there is something to read (see content/index.ts); `clue`: the
   * markup names a provider, or the page is on a provider's host, so a warning is likely.
   */
  scanner(clue: boolean): Promise<Scanner>;
  /** What names a provider in a page's markup, for the engine to find (see detect/sieve.ts). */
  sieve: Sieve;
  /** Whether the document's own address can be a provider's page (see page-address.ts); by default, yes. */
  checkAddress?: boolean;
  /** Called (batched) when the set of findings may have changed. */
  onChange(findings: Finding[]): void;
  /**
   * A person came near a frame of this document, once per frame. No script of ours loads into a
   * page's frames by itself (a provider's own excepted: see manifest.json): a page may hold fifty,
   * nearly all ads and embeds that ask nothing, and each would pay for a script world, its memory and
   * its start-up. A frame gets a scanner of its own when a person comes near it, and that scanner
   * watches the frames inside in turn.
   */
  onFrameApproach(frame: HTMLIFrameElement | HTMLFrameElement): void;
}

/**
 * Not src: lazy images and media rewrite it all the time (a feed, thousands of records). A frame's
 * src, which navigates it, is followed frame by frame (see followFrame).
 */
const OBSERVE_NODES: MutationObserverInit = { childList: true, subtree: true };
/** A left-out container is let back in once this long has passed without an addition to it (or a removal). */
const QUIET_MS = 1_000;
const OBSERVE_TARGETS: MutationObserverInit = { subtree: true, attributes: true, attributeFilter: ['href', 'action', 'formaction'] };
/** A document bigger than this (its HTML, or its links) is not asked for links at load: see isBigDocument. */
const BIG_HTML_BYTES = 400_000;
const LINKS_AT_LOAD = 600;
/**
 * At most one scan of added nodes per this many ms. After a quiet spell the first change is scanned
 * at once (a late prompt shows without waiting); a busy page is scanned in batches.
 */
const BATCH_MS = 30;
/** Up to this many inserted subtrees are scanned at once, in the observer's own callback. */
const SCAN_NOW = 20;
/** Stylesheets and SVG references rewrite href on elements no clue is read from. */
const MEDIA = new Set(['link', 'use', 'image']);
/**
 * Open shadow roots in practice hang off web components, whose names have a hyphen. XPath tests the
 * names inside the engine, so ordinary elements are never touched from script.
 */
const CUSTOM_ELEMENTS = "descendant-or-self::*[contains(local-name(),'-')]";
/** XPathResult.UNORDERED_NODE_SNAPSHOT_TYPE, spelled as the minifier cannot. */
const UNORDERED_SNAPSHOT = 6;

export class PageWatcher {
  readonly #byElement = new Map<Element, Finding[]>();
  #urlFindings: Finding[] = [];
  /** A provider's script or frame has shown: see ScanOptions.widgets. */
  #widgets = false;
  #href = '';
  #pending = new Set<Node>();
  #removals = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #lastFlush = -Infinity;
  // Added nodes and changed targets come in on observers of their own: a feed's records are then
  // all of one kind, read without asking which.
  readonly #observer = new MutationObserver((records) => this.#onAdded(records));
  readonly #shadowObserver = new MutationObserver((records) => this.#onAdded(records));
  readonly #targetObserver = new MutationObserver((records) => this.#onTargets(records));
  readonly #followed = new WeakSet<Element>();
  readonly #followFrame = (frame: Element) => {
    if (this.#followed.has(frame)) return;
    this.#followed.add(frame);
    this.#targetObserver.observe(frame, { attributes: true, attributeFilter: ['src'] });
  };
  readonly #watchedRoots = new WeakSet<Node>();
  /** Containers of the document that churn, left out of #observer; their ancestors, observed for their own children. */
  #left = new Set<Node>();
  #around = new Set<Node>();
  /** Elements checked because a person came near them (what no look at load read). */
  readonly #approached = new WeakSet<Element>();
  readonly #churn = new Churn<Node>();
  #whole = false;
  #scanner: Scanner | undefined;
  #loading: Promise<void> | undefined;

  readonly #opts: WatcherOptions;

  constructor(opts: WatcherOptions) {
    this.#opts = opts;
  }

  /** Starts watching; returns the whole look (see #lookWhole), which the popup asks for. */
  start(): () => void {
    // Frames are followed (a page may set their src later), not read: a window without any has none.
    const framed = window.length > 0;
    if (framed) {
      const frames = document.querySelectorAll('iframe,frame');
      for (let i = 0; i < frames.length; i++) this.#followFrame(frames[i]!);
    }
    // A page on a provider's own host is read whole at load: its links may name its consent page by
    // path alone (/dialog/oauth).
    if (this.#opts.checkAddress !== false || hasClue(document, this.#opts.sieve, { frames: framed, links: !isBigDocument() })) this.#lookWhole(false);
    this.#observeRoot(document);
    window.addEventListener('popstate', () => this.#schedule());
    this.#checkOnApproach();
    return () => this.#lookWhole(true);
  }

  /**
   * The whole document, once: when the sieve finds a clue (a warning is then likely), else when the
   * popup asks, as it shows what the whole tab would share. Open shadow roots have no event of their
   * own: they are looked for at once when the popup asks, else when the page is idle.
   */
  #lookWhole(byPopup: boolean): void {
    if (this.#whole) return;
    this.#whole = true;
    this.#withScanner(() => {
      this.#checkUrl();
      this.#scanRoot(document, document.baseURI);
      if (byPopup) this.#findShadowRoots(document);
      else idle(() => this.#findShadowRoots(document));
      this.#emit();
    }, !byPopup);
  }

  /** Runs `read` with the scanner: at once if it is here, else once it has loaded, in the order asked. */
  #withScanner(read: () => void, clue = false): void {
    if (this.#scanner) return read();
    this.#loading ??= this.#opts.scanner(clue).then(
      (scanner) => void (this.#scanner = scanner),
      (error: unknown) => {
        this.#loading = undefined; // the next need tries again
        console.error('ShareGuard: the scanner did not load', error);
      },
    );
    void this.#loading.then(() => this.#scanner && read());
  }

  /**
   * What the scans left out is checked when a person points at it or tabs to it, before any click:
   * the element under the pointer or focused (inside an open shadow root too), once.
   */
  #checkOnApproach(): void {
    const check = (target: unknown) => {
      const el = target instanceof Element ? target.closest(APPROACHABLE) : null;
      if (!el || this.#approached.has(el)) return;
      this.#approached.add(el);
      if (el.localName === 'iframe' || el.localName === 'frame') return this.#opts.onFrameApproach(el as HTMLIFrameElement);
      this.#withScanner(() => {
        const root = el.getRootNode();
        if (root instanceof ShadowRoot) this.#addShadowRoot(root);
        // A field or a button is read with its form: a bank form's clue is its fields together.
        if (this.#scanRoot(FORM_PARTS.has(el.localName) ? formScope(el) : el, document.baseURI, 'full')) this.#emit();
      });
    };
    const focused = () => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      check(el);
    };
    for (const type of APPROACH_EVENTS) window.addEventListener(type, (e) => check(e.composedPath()[0]), { capture: true, passive: true });
    // Focus going into a frame blurs this window and leaves the frame element focused (in Firefox
    // only just after): no focusin tells.
    window.addEventListener('blur', () => setTimeout(focused));
    // A frame woken as the pointer or focus went on to something in it, or into a frame of its own.
    // A top page's load is spared both looks: the hover look walks the whole document, and reading
    // the focused element has Chromium build this world's element wrappers on pages that would
    // otherwise touch no element (see keydown above).
    if (top !== self) {
      check(document.querySelector('iframe:hover'));
      focused();
    }
  }

  #onAdded(records: MutationRecord[]): void {
    // A callback is a container's when its first and last records add to it. Touching a record costs
    // microseconds from an isolated world, so a churning container's callback is left unread, and the
    // container left out of the observer.
    const target = records[0]!.target;
    // A feed inside a shadow root is read: only the document's observer is planned around containers.
    if (this.#churn.churns(target, performance.now()) && records.at(-1)!.target === target && target.getRootNode() === document && target !== document) {
      this.#left.add(target);
      this.#observeAround();
      // Its two ends, looked at once a spell (a feed adds at one, drops at the other), where observing
      // it cost a record per addition.
      let first: Node | null | undefined;
      let last: Node | null | undefined;
      const check = () => {
        if (first !== target.firstChild || last !== target.lastChild) {
          first = target.firstChild;
          last = target.lastChild;
          setTimeout(check, QUIET_MS);
          return;
        }
        this.#left.delete(target);
        this.#observeAround();
        // It may have taken out an element with findings: the flush checks.
        this.#removals = true;
        this.#changed();
      };
      check();
    } else this.#read(records);
  }

  #read(records: MutationRecord[]): void {
    // Indexed loops: for…of over a NodeList costs several times more from an isolated world.
    for (let i = 0; i < records.length; i++) {
      const r = records[i]!;
      const added = r.addedNodes;
      // What lands beside a left-out container is observed whole, as the rest of the page.
      const around = this.#around.has(r.target);
      for (let j = 0; j < added.length; j++) {
        const node = added[j]!;
        if (node.nodeType !== 1) continue;
        this.#pending.add(node);
        if (around) this.#observer.observe(node, OBSERVE_NODES);
      }
      if (this.#byElement.size && r.removedNodes.length) this.#removals = true;
    }
    this.#changed();
  }

  /** Observes the document whole but for the left-out containers (observe-around.ts). */
  #observeAround(): void {
    this.#read(this.#observer.takeRecords());
    this.#observer.disconnect();
    this.#around = new Set();
    for (const [node, whole] of planAround<Node>(document, this.#left)) {
      this.#observer.observe(node, whole ? OBSERVE_NODES : { childList: true });
      if (!whole) this.#around.add(node);
    }
  }

  #onTargets(records: MutationRecord[]): void {
    for (let i = 0; i < records.length; i++) {
      const target = records[i]!.target as Element;
      if (!MEDIA.has(target.localName)) this.#pending.add(target);
    }
    this.#changed();
  }

  #changed(): void {
    // Also when nothing is pending: a single-page app changes its URL along with its DOM.
    if (this.#timer !== undefined) return;
    // A few subtrees, and the last scan a while ago: scan now, at the end of the page's task (a timer
    // costs more than the scan). Otherwise wait for the batch window, in a task of our own.
    const wait = this.#lastFlush + BATCH_MS - performance.now();
    if (wait <= 0 && this.#pending.size <= SCAN_NOW) this.#flush();
    else this.#schedule(wait);
  }

  #schedule(wait = 0): void {
    if (this.#timer !== undefined) return;
    this.#timer = setTimeout(() => this.#flush(), Math.max(0, wait));
  }

  #flush(): void {
    this.#timer = undefined;
    if (this.#whole && !this.#scanner) return this.#withScanner(() => this.#flush());
    this.#lastFlush = performance.now();
    const batch = outermost(this.#pending);
    this.#pending.clear();
    let changed = false;
    if (!this.#whole) {
      // Not read whole yet: the sieve's questions of what was added; a clue there has the document read whole.
      if (batch.some((el) => hasClue(el, this.#opts.sieve))) this.#lookWhole(false);
    } else {
      changed = this.#checkUrl();
      if (batch.length && this.#keep(this.#scanner!.scanTrees(batch, document.baseURI, { widgets: this.#widgets, onFrame: this.#followFrame }))) changed = true;
      for (const el of batch) {
        const shadow = el.shadowRoot;
        if (shadow) this.#addShadowRoot(shadow);
      }
    }
    if (this.#removals) {
      this.#removals = false;
      for (const el of this.#byElement.keys()) {
        if (!el.isConnected) {
          this.#byElement.delete(el);
          changed = true;
        }
      }
    }
    if (changed) this.#emit();
  }

  /** Re-reads the document's own URL (single-page apps change it without a load). */
  #checkUrl(): boolean {
    if (this.#opts.checkAddress === false) return false;
    const href = location.href;
    if (href === this.#href) return false;
    this.#href = href;
    this.#urlFindings = this.#scanner!.scanUrl(href);
    return true;
  }

  /** Scans a subtree; true when it yielded findings. Findings are kept per element, so a rescan replaces. */
  #scanRoot(root: Document | Element | ShadowRoot, baseUrl: string, depth?: Depth): boolean {
    return this.#keep(this.#scanner!.scanTree(root, baseUrl, { depth, onFrame: this.#followFrame }));
  }

  /** Files findings under their elements; true when there were any. */
  #keep(found: Finding[]): boolean {
    for (const f of found) {
      if (f.signal === 'script' || f.signal === 'frame') this.#widgets = true;
      const el = f.anchor!;
      const list = this.#byElement.get(el);
      if (!list) this.#byElement.set(el, [f]);
      else if (!list.some((x) => x.detail === f.detail && x.provider === f.provider && x.signal === f.signal)) list.push(f);
    }
    return found.length > 0;
  }

  #observeRoot(root: Document | ShadowRoot): void {
    if (this.#watchedRoots.has(root)) return;
    this.#watchedRoots.add(root);
    // Open shadow roots on an observer of their own: the document's is re-planned (observeAround).
    (root === document ? this.#observer : this.#shadowObserver).observe(root, OBSERVE_NODES);
    this.#targetObserver.observe(root, OBSERVE_TARGETS);
  }

  #addShadowRoot(root: ShadowRoot): void {
    if (this.#watchedRoots.has(root)) return;
    this.#observeRoot(root);
    if (this.#scanRoot(root, document.baseURI)) this.#emit();
    this.#findShadowRoots(root);
  }

  #findShadowRoots(root: Document | ShadowRoot): void {
    // XPath takes a document or an element as its context, not a shadow root: ask its children.
    const contexts: Node[] = root.nodeType === 9 /* a document */ ? [root] : [...root.children];
    for (const context of contexts) {
      const hosts = document.evaluate(CUSTOM_ELEMENTS, context, null, UNORDERED_SNAPSHOT, null);
      for (let i = 0; i < hosts.snapshotLength; i++) {
        const shadow = (hosts.snapshotItem(i) as Element).shadowRoot;
        if (shadow) this.#addShadowRoot(shadow);
      }
    }
  }

  #emit(): void {
    const all = [...this.#urlFindings];
    for (const list of this.#byElement.values()) all.push(...list);
    this.#opts.onChange(all);
  }
}

/** The connected nodes of a batch that no other node of it contains: each subtree is scanned once. */
function outermost(nodes: Set<Node>): Element[] {
  const out: Element[] = [];
  for (const node of nodes) {
    if (!node.isConnected) continue;
    let inside = false;
    for (let p = node.parentNode; p && !inside; p = p.parentNode) inside = nodes.has(p);
    if (!inside) out.push(node as Element);
  }
  return out;
}

/** A document whose links cost the sieve too much (see sieve.ts): its links are read as a person comes near them. */
function isBigDocument(): boolean {
  // The HTML's size first: counting links walks the whole document.
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return (nav?.decodedBodySize ?? 0) > BIG_HTML_BYTES || document.getElementsByTagName('a').length > LINKS_AT_LOAD;
}

/** Both browsers have requestIdleCallback (Firefox since 55). */
function idle(fn: () => void): void {
  requestIdleCallback(fn, { timeout: 2000 });
}
