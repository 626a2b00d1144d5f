import { CATALOG } from './catalog/index.ts';
import type { DetectionProvider, ProviderDefinition } from './types.ts';

/**
 * The catalog as the content script needs it: every provider's signatures, without what they mean.
 * The build replaces this module with its value (scripts/lib/precompute.ts), so every frame ships
 * the signatures as data and never the whole catalog; tests and the eval run it as it stands.
 */
export const DETECTION_CATALOG: readonly DetectionProvider[] = CATALOG.map(signaturesOf);

function signaturesOf(p: ProviderDefinition): DetectionProvider {
  const { id, kind, flow, asks, scripts, frames, selectors, markup, names, routeSlugs, sites, standIn, generic } = p;
  // Where the scopes are read from stays behind: the responder reads them with the full definition.
  const authorize = p.authorize?.map(({ scopeParams: _s, flagParams: _f, defaultScopes: _d, opaqueParams: _o, ...rule }) => rule);
  const calls = p.calls?.map(({ call, weak, implies }) => defined({ call, weak, implies }));
  return defined({ id, kind, flow, asks, scripts, frames, authorize, selectors, markup, calls, names, routeSlugs, sites, standIn, generic }) as DetectionProvider;
}

function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
