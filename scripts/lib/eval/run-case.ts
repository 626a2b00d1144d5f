// Runs one eval case through the engine the way the content script does (src/content/page-watcher.ts):
// the document's URL, the whole tree, each open shadow root, nodes added later one subtree at a time,
// the consent pane inside a provider's own frame; then the responder's reading and combine per
// document, and the merge per tab.
import { Window } from 'happy-dom';
import { combine, createReader, mergeDetections, readConsentPane, type Detection, type Finding, type Scanner } from '../../../src/detect/index.ts';
import { hasClue } from '../../../src/detect/sieve.ts';
import { SIEVE } from '../../../src/detect/sieve-plan.ts';
import { CATALOG, providerById } from '../../../src/providers/catalog/index.ts';
import { PROVIDER_HOSTS } from '../../../src/providers/frame-hosts.ts';

const read = createReader(CATALOG);

export interface CaseRun {
  detections: Detection[];
  /** Per-document detections, top document first (for debugging a failed case). */
  documents: { url: string; detections: Detection[]; readAtLoad: boolean }[];
  /**
   * Some document with detections is one content.js reads whole without anyone near it: on a
   * provider's host, or its markup (at load or as nodes come) names a provider (the sieve). The rest
   * show where a person comes near the prompt, or when the popup opens.
   */
  readAtLoad: boolean;
}

export async function runCase(scanner: Scanner, html: string, url: string): Promise<CaseRun> {
  const documents: CaseRun['documents'] = [];
  await runDocument(scanner, html, url, documents, true);
  return { detections: mergeDetections(documents.map((d) => d.detections)), documents, readAtLoad: documents.some((d) => d.readAtLoad && d.detections.length > 0) };
}

/** A host the manifest runs content.js on in any frame, and whose pages are read whole (see frame-hosts.ts). */
function onProviderHost(url: string): boolean {
  const host = new URL(url).hostname;
  return PROVIDER_HOSTS.exact.includes(host) || PROVIDER_HOSTS.domains.some((d) => host === d || host.endsWith(`.${d}`));
}

async function runDocument(scanner: Scanner, html: string, url: string, out: CaseRun['documents'], top = false): Promise<void> {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      navigation: { disableChildFrameNavigation: true, disableChildPageNavigation: true, disableMainFrameNavigation: true },
    },
  });
  try {
    const document = window.document as unknown as Document;
    document.write(html);
    const frames: { url: string; html: string }[] = [];
    for (const t of [...document.querySelectorAll('template[data-frame]')] as HTMLTemplateElement[]) {
      frames.push({ url: t.getAttribute('data-frame')!, html: templateHtml(t) });
      t.remove();
    }
    for (const t of [...document.querySelectorAll('template[data-shadow-root]')] as HTMLTemplateElement[]) {
      const host = t.parentElement!;
      const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
      shadow.append(t.content.cloneNode(true));
      t.remove();
    }
    const later = [...document.querySelectorAll('template[data-insert-later]')] as HTMLTemplateElement[];
    for (const t of later) t.remove();

    const urlFindings = scanner.scanUrl(url);
    const tree: Finding[] = [...scanner.scanTree(document, document.baseURI)];
    for (const shadow of openShadowRoots(document)) tree.push(...scanner.scanTree(shadow, document.baseURI));
    for (const t of later) {
      const parent = (t.getAttribute('data-insert-later') && document.querySelector(t.getAttribute('data-insert-later')!)) || document.body;
      for (const node of [...t.content.cloneNode(true).childNodes]) {
        parent.append(node);
        // As the page watcher does: a quiet subtree is searched for widget markup once a provider's script or frame has shown.
        const widgets = tree.some((f) => f.signal === 'script' || f.signal === 'frame');
        if (node.nodeType === 1) tree.push(...scanner.scanTree(node as Element, document.baseURI, { widgets }));
      }
    }
    const widget = urlFindings.find((f) => f.provider)?.provider;
    const consent = widget ? readConsentPane(document, providerById(widget)!) : null;
    const findings = read([...urlFindings, ...(consent ? [consent] : []), ...tree], url);
    // A frame other than a provider's gets content.js only when a person comes near it.
    const sieved = top && (hasClue(document, SIEVE) || later.some((t) => hasClue(t.content, SIEVE)));
    out.push({ url, detections: combine(findings, providerById), readAtLoad: onProviderHost(url) || sieved });
    for (const f of frames) await runDocument(scanner, f.html, f.url, out);
  } finally {
    await window.happyDOM.close();
  }
}

function templateHtml(t: HTMLTemplateElement): string {
  const holder = t.ownerDocument.createElement('div');
  holder.append(t.content.cloneNode(true));
  return `<!doctype html><html><body>${holder.innerHTML}</body></html>`;
}

function openShadowRoots(document: Document): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const visit = (root: Document | ShadowRoot) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) {
        roots.push(el.shadowRoot);
        visit(el.shadowRoot);
      }
    }
  };
  visit(document);
  return roots;
}
