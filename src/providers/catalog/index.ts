import type { ProviderDefinition } from '../types.ts';
import { bankLinkProviders } from './bank-link.ts';
import { contactUploadProviders } from './contact-upload.ts';
import { paymentAppProviders } from './payment-apps.ts';
import { socialProviders } from './social.ts';
import { standInProviders } from './stand-ins.ts';

export { STAND_IN } from './stand-ins.ts';

/** Every provider ShareGuard knows, shipped in the package and never fetched. */
export const CATALOG: readonly ProviderDefinition[] = [
  ...bankLinkProviders,
  ...paymentAppProviders,
  ...socialProviders,
  ...contactUploadProviders,
  ...standInProviders,
];

const byId = new Map(CATALOG.map((p) => [p.id, p]));
export const providerById = (id: string): ProviderDefinition | undefined => byId.get(id);
