import type { DetectionProvider } from '../providers/types.ts';
import type { Finding, Signal } from './types.ts';

/** A prompt no provider of its own stands behind ("Link your bank", a bank-login form): named by its stand-in. */
export function providerless(
  standIn: string,
  def: Pick<DetectionProvider, 'kind' | 'asks'> | undefined,
  signal: Signal,
  detail: string,
  anchor: Element,
): Finding {
  const f: Finding = { provider: null, kind: def?.kind ?? 'bank-link', signal, detail, anchor, fallback: standIn };
  if (def?.asks) f.categories = [...def.asks];
  return f;
}
