import { RESPONDER_AWAITED, type Responder, type ResponderHost } from '../shared/responder-contract.ts';
import { loadMessages, runtime } from './runtime.ts';

/**
 * Has the background inject the responder into this frame and hands it back as it loads (see
 * RESPONDER_AWAITED). The background answers only after the injected script has run, so an answer
 * that finds the promise still pending means no responder came.
 */
export function loadResponder(): Promise<Responder> {
  return new Promise((resolve, reject) => {
    (globalThis as ResponderHost)[RESPONDER_AWAITED] = resolve;
    runtime()
      .sendMessage({ type: 'responder/load', payload: {} })
      .then((reply) => reject(new Error('ShareGuard: no responder', { cause: reply })), reject);
    loadMessages(); // the warning reads them next, and the background takes a while to inject
  });
}
