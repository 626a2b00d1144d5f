import { CATALOG } from './catalog/index.ts';
import type { DetectionProvider, ProviderDefinition } from './types.ts';

/**
 * The catalog as the content script needs it: every provider's signatures, without what they mean.
 * The build replaces this module with its value (scripts/lib/precompute.ts), so every frame ships
 * the signatures as data and never the whole catalog; tests and the eval run it as it stands.
 */
export const DETECTION_CATALOG: readonly DetectionProvider[] = CATALOG.map(signaturesOf);

function signaturesOf(p: ProviderDefinition): DetectionProvider {
  const { id, kind, flow, asks, scripts, frames, authorize, selectors, markup, calls, names, routeSlugs, sites, standIn, generic } = p;
  const picked = { id, kind, flow, asks, scripts, frames, authorize, selectors, markup, calls, names, routeSlugs, sites, standIn, generic };
  return Object.fromEntries(Object.entries(picked).filter(([, v]) => v !== undefined)) as DetectionProvider;
}
