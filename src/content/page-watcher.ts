import type { Finding, Scanner } from '../detect/index.ts';

/**
 * Keeps the findings of one document current at the lowest cost: one scan when the page settles, then
 * only the nodes the page adds (batched), the URL when it changes, and open shadow roots as they show
 * up. A page with nothing to warn about holds no findings and sends nothing.
 */
export interface WatcherOptions {
  scanner: Scanner;
  /** Called (batched) when the set of findings may have changed. */
  onChange(findings: Finding[]): void;
  /** How long to gather mutations before scanning them: bounds the latency of a late prompt. */
  batchMs?: number;
}

const OBSERVE: MutationObserverInit = { childList: true, subtree: true, attributes: true, attributeFilter: ['src', 'href', 'action'] };

export class PageWatcher {
  private readonly byElement = new Map<Element, Finding[]>();
  private urlFindings: Finding[] = [];
  private consent: Finding | null = null;
  private href = '';
  private pending: Node[] = [];
  private removals = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly observer = new MutationObserver((records) => this.onMutations(records));
  private readonly watchedRoots = new WeakSet<Node>();

  constructor(private readonly opts: WatcherOptions) {}

  start(): void {
    this.checkUrl();
    this.scanRoot(document);
    this.observeRoot(document);
    window.addEventListener('popstate', () => this.schedule());
    this.emit();
    // Open shadow roots have no event of their own: look for them once, when the page is idle.
    idle(() => this.findShadowRoots(document.documentElement));
  }

  /** The provider whose widget frame this document is, if any (from its own URL). */
  get widgetProvider(): string | undefined {
    return this.urlFindings.find((f) => f.provider)?.provider ?? undefined;
  }

  private onMutations(records: MutationRecord[]): void {
    for (const r of records) {
      if (r.type === 'attributes') this.pending.push(r.target);
      else {
        for (const n of r.addedNodes) if (n.nodeType === 1) this.pending.push(n);
        if (r.removedNodes.length && this.byElement.size) this.removals = true;
      }
    }
    this.schedule();
  }

  private schedule(): void {
    this.timer ??= setTimeout(() => this.flush(), this.opts.batchMs ?? 30);
  }

  private flush(): void {
    this.timer = undefined;
    let changed = this.checkUrl();
    const batch = this.pending;
    this.pending = [];
    for (const node of batch) {
      if (!(node as Element).isConnected) continue;
      if (this.scanRoot(node as Element)) changed = true;
      const shadow = (node as Element).shadowRoot;
      if (shadow) this.addShadowRoot(shadow);
    }
    if (this.removals) {
      this.removals = false;
      for (const el of this.byElement.keys()) {
        if (!el.isConnected) {
          this.byElement.delete(el);
          changed = true;
        }
      }
    }
    if (this.widgetProvider && batch.length && this.readConsent()) changed = true;
    if (changed) this.emit();
  }

  /** Re-reads the document's own URL (single-page apps change it without a load). */
  private checkUrl(): boolean {
    if (location.href === this.href) return false;
    this.href = location.href;
    this.urlFindings = this.opts.scanner.scanUrl(this.href);
    if (this.widgetProvider) this.readConsent();
    return true;
  }

  private readConsent(): boolean {
    const next = this.opts.scanner.readConsentPane(document, this.widgetProvider!);
    const same = next?.detail === this.consent?.detail;
    this.consent = next;
    return !same;
  }

  /** Scans a subtree; true when it yielded findings. Findings are kept per element, so a rescan replaces. */
  private scanRoot(root: Document | Element | ShadowRoot): boolean {
    const found = this.opts.scanner.scanTree(root, document.baseURI);
    for (const f of found) {
      const el = f.anchor!;
      const list = this.byElement.get(el);
      if (!list) this.byElement.set(el, [f]);
      else if (!list.some((x) => x.detail === f.detail && x.provider === f.provider && x.signal === f.signal)) list.push(f);
    }
    return found.length > 0;
  }

  private observeRoot(root: Document | ShadowRoot): void {
    if (this.watchedRoots.has(root)) return;
    this.watchedRoots.add(root);
    this.observer.observe(root, OBSERVE);
  }

  private addShadowRoot(root: ShadowRoot): void {
    if (this.watchedRoots.has(root)) return;
    this.observeRoot(root);
    if (this.scanRoot(root)) this.emit();
    this.findShadowRoots(root);
  }

  private findShadowRoots(root: Node | null): void {
    if (!root) return;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const shadow = (n as Element).shadowRoot;
      if (shadow) this.addShadowRoot(shadow);
    }
  }

  private emit(): void {
    const all = [...this.urlFindings, ...(this.consent ? [this.consent] : [])];
    for (const list of this.byElement.values()) all.push(...list);
    this.opts.onChange(all);
  }
}

function idle(fn: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(fn, { timeout: 2000 });
  else setTimeout(fn, 200);
}
