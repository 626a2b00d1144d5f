/** The detection engine: pure TypeScript over standard DOM interfaces, no extension APIs. */
export { createScanner, type ScanOptions, type Scanner, type ScannerOptions } from './scan.ts';
export { combine, anchorsByProvider } from './combine.ts';
export { mergeDetections } from './merge.ts';
export { readConsentPane } from './consent.ts';
export { createReader, type Reader } from './read.ts';
export type { Detection, Evidence, Finding, Signal } from './types.ts';
