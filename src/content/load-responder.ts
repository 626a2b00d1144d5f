import type { Reply } from '../shared/messaging.ts';
import { RESPONDER_GLOBAL, type Responder, type ResponderHost } from '../shared/responder-contract.ts';

interface Runtime {
  sendMessage(message: unknown): Promise<unknown>;
}

/**
 * Has the background inject the responder into this frame, once, and hands it back. This is the
 * content script's only call to the extension APIs: the browsers' own promise-based runtime does it,
 * so the polyfill (src/shared/browser.ts, in the responder) stays out of every frame.
 */
export async function loadResponder(): Promise<Responder> {
  const host = globalThis as ResponderHost & { browser?: { runtime: Runtime }; chrome?: { runtime: Runtime } };
  let reply: Reply<unknown> | undefined;
  if (!host[RESPONDER_GLOBAL]) {
    const runtime = (host.browser ?? host.chrome)!.runtime;
    reply = (await runtime.sendMessage({ type: 'responder/load', payload: {} })) as Reply<unknown> | undefined;
  }
  const responder = host[RESPONDER_GLOBAL];
  if (!responder) throw new Error(`ShareGuard: the responder did not load: ${reply && 'error' in reply ? reply.error : 'no answer'}`);
  return responder;
}
