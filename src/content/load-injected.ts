import type { Scanner } from '../detect/index.ts';
import { SCANNER_AWAITED } from '../shared/content-contract.ts';
import { RESPONDER_AWAITED, RESPONDER_GLOBAL, type Responder, type ResponderHost } from '../shared/responder-contract.ts';
import { loadMessages, runtime } from './runtime.ts';

/**
 * Has the background inject one of our scripts into this frame and hands back what the script leaves
 * as it loads: it calls the function content.js left at `awaited`. The background answers only after
 * the injected script has run, so an answer that finds the promise still pending means none came.
 */
function loadInjected<T>(request: 'responder/load' | 'scanner/load', awaited: string, payload = {}): Promise<T> {
  return new Promise((resolve, reject) => {
    (globalThis as Record<string, unknown>)[awaited] = resolve;
    runtime()
      .sendMessage({ type: request, payload })
      .then((reply) => reject(new Error(`ShareGuard: no ${request.split('/')[0]}`, { cause: reply })), reject);
  });
}

/**
 * The scanner (scanner.js), the first time a document has something to read; with the responder too
 * when a finding is likely (the page names a provider), saving the warning a second injection.
 */
export const loadScanner = (withResponder: boolean): Promise<Scanner> => loadInjected('scanner/load', SCANNER_AWAITED, withResponder ? { responder: true } : {});

/** The responder (responder.js: the warning UI, reports), once a frame has found something. */
export function loadResponder(): Promise<Responder> {
  const here = (globalThis as ResponderHost)[RESPONDER_GLOBAL];
  if (here) return Promise.resolve(here); // it came with the scanner
  const responder = loadInjected<Responder>('responder/load', RESPONDER_AWAITED);
  loadMessages(); // the warning reads them next, and the background takes a while to inject
  return responder;
}
