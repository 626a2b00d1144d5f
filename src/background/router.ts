import { ext, type MessageSender } from '../shared/browser.ts';
import type { Reply } from '../shared/messaging.ts';
import { isRequestType, requests, type Payload, type RequestType, type Responses } from '../shared/protocol.ts';

export type Handlers = {
  [T in RequestType]: (payload: Payload<T>, sender: MessageSender) => Promise<Responses[T]>;
};

/** Content scripts speak only for their own tab and frame; extension pages only from our own origin. */
export function senderIs(from: 'content' | 'ui', sender: MessageSender): boolean {
  if (sender.id !== ext.runtime.id) return false;
  const ours = (sender.url ?? '').startsWith(ext.runtime.getURL(''));
  if (from === 'ui') return ours;
  return !ours && typeof sender.tab?.id === 'number' && typeof sender.frameId === 'number';
}

/** The single entry point for messages: sender checked, payload validated, errors answered in words. */
export function listen(handlers: Handlers): void {
  ext.runtime.onMessage.addListener((message: unknown, sender: MessageSender) => {
    const type = (message as { type?: unknown } | null)?.type;
    if (!isRequestType(type)) return undefined;
    return answer(type, (message as { payload?: unknown }).payload, sender, handlers);
  });
}

async function answer<T extends RequestType>(type: T, raw: unknown, sender: MessageSender, handlers: Handlers): Promise<Reply<Responses[T]>> {
  const spec = requests[type];
  if (!senderIs(spec.from, sender)) return { error: 'not allowed from this sender' };
  try {
    const payload = spec.payload(raw, 'payload') as Payload<T>;
    return { result: await handlers[type](payload, sender) };
  } catch (e) {
    console.error(`ShareGuard: ${type} failed`, e);
    return { error: e instanceof Error ? e.message : String(e) };
  }
}
