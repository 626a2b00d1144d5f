import type { Finding } from '../detect/types.ts';

/**
 * How the content script hands what it found to the responder. The background injects the responder
 * into the same isolated world only once a frame has found something, so pages with nothing to warn
 * about never load it, and nothing is web-accessible for a page to probe.
 */
export interface Responder {
  /** Everything the frame's document shows now (the whole list, not a change). */
  update(findings: readonly Finding[]): void;
}

/** The responder, once per isolated world. */
export const RESPONDER_GLOBAL = '__shareguardResponder';
/**
 * Left by the content script while it waits: the responder calls it as it loads, so the findings go
 * over at once rather than after the background's answer to the injection makes its way back.
 */
export const RESPONDER_AWAITED = '__shareguardResponderAwaited';
export type ResponderHost = { [RESPONDER_GLOBAL]?: Responder; [RESPONDER_AWAITED]?: (responder: Responder) => void };
