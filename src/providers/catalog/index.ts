import type { ProviderDefinition } from '../types.ts';
import { bankLinkProviders } from './bank-link.ts';
import { socialProviders } from './social.ts';

/** Every provider ShareGuard knows, shipped in the package and never fetched. */
export const CATALOG: readonly ProviderDefinition[] = [...bankLinkProviders, ...socialProviders];

const byId = new Map(CATALOG.map((p) => [p.id, p]));
export const providerById = (id: string): ProviderDefinition | undefined => byId.get(id);
