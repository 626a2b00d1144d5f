import type { Scanner } from '../detect/index.ts';

/**
 * What content.js leaves on its isolated world's global, for a script the background runs in the same
 * world: present once content.js runs there (injecting it again then does nothing), and called when
 * the popup opens, to look at the whole document (see PageWatcher.start). A page sees none of an
 * isolated world's globals.
 */
export const CONTENT_GLOBAL = '__shareguardContent';
export type ContentHost = { [CONTENT_GLOBAL]?: () => void };

/** The scanner scanner.js makes (src/content/scanner.ts), once per isolated world. */
export const SCANNER_GLOBAL = '__shareguardScanner';
/** Left by content.js while it waits: scanner.js calls it as it loads (as RESPONDER_AWAITED). */
export const SCANNER_AWAITED = '__shareguardScannerAwaited';
export type ScannerHost = { [SCANNER_GLOBAL]?: Scanner; [SCANNER_AWAITED]?: (scanner: Scanner) => void };
