// Runs the engine over markup in the test's happy-dom document, the way the content script does.
import { combine, createReader, createScanner, readConsentPane, type Detection, type Finding } from '../../../src/detect/index.ts';
import { CATALOG, providerById } from '../../../src/providers/catalog/index.ts';
import { SCANNER_PLAN } from '../../../src/detect/scanner-plan.ts';

export const errors: unknown[] = [];
export const scanner = createScanner(SCANNER_PLAN, { onError: (e) => errors.push(e) });
export const read = createReader(CATALOG);

/**
 * Parses the markup into an inert document (nothing loads, nothing runs) and returns the findings of
 * its URL, its tree and its consent pane, read as the responder reads them.
 */
export function findingsFor(body: string, url = 'https://site.example/page', head = ''): Finding[] {
  const doc = parse(body, head);
  const fromUrl = scanner.scanUrl(url);
  const widget = fromUrl.find((f) => f.provider)?.provider;
  const consent = widget ? readConsentPane(doc, providerById(widget)!) : null;
  return read([...fromUrl, ...(consent ? [consent] : []), ...scanner.scanTree(doc, url)], url);
}

export function parse(body: string, head = ''): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, 'text/html');
}

export function detect(body: string, url?: string, head?: string): Detection[] {
  return combine(findingsFor(body, url, head), providerById);
}

/** Provider id → sorted categories, for compact expectations. */
export function summary(detections: Detection[]): Record<string, string[]> {
  return Object.fromEntries(detections.map((d) => [d.provider, [...d.categories].sort()]));
}
