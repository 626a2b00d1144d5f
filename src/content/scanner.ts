import { createScanner } from '../detect/scan.ts';
import { SCANNER_PLAN } from '../detect/scanner-plan.ts';
import { SCANNER_AWAITED, SCANNER_GLOBAL, type ScannerHost } from '../shared/content-contract.ts';

/**
 * scanner.js: the detection engine and the catalog's plan, which content.js has the background inject
 * into its frame the first time the document has something to read (see PageWatcher). A page with
 * nothing to warn about, that no one comes near, never compiles it.
 */
const host = globalThis as ScannerHost;
host[SCANNER_AWAITED]?.((host[SCANNER_GLOBAL] ??= createScanner(SCANNER_PLAN)));
