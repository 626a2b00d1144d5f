import { RESPONDER_GLOBAL, type Responder, type ResponderHost } from '../shared/responder-contract.ts';
import { runtime } from './runtime.ts';

/** Has the background inject the responder into this frame, once, and hands it back. */
export async function loadResponder(): Promise<Responder> {
  const host = globalThis as ResponderHost;
  let reply: unknown;
  if (!host[RESPONDER_GLOBAL]) {
    reply = await runtime().sendMessage({ type: 'responder/load', payload: {} });
  }
  const responder = host[RESPONDER_GLOBAL];
  if (!responder) throw new Error('ShareGuard: no responder', { cause: reply });
  return responder;
}
