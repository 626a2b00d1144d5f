import { ext } from './browser.ts';
import type { Payload, RequestType, Responses } from './protocol.ts';

/** What the background answers: a result, or an error said plainly. */
export type Reply<T> = { result: T } | { error: string };

/** Sends one typed request to the background. Throws with the background's own words on failure. */
export async function request<T extends RequestType>(type: T, payload: Payload<T>): Promise<Responses[T]> {
  const reply = (await ext.runtime.sendMessage({ type, payload })) as Reply<Responses[T]> | undefined;
  if (!reply) throw new Error(`ShareGuard: no answer to ${type}`);
  if ('error' in reply) throw new Error(`ShareGuard: ${type}: ${reply.error}`);
  return reply.result;
}
