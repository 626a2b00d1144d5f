import { PROVIDER_PAGE } from './page-address.ts';

/**
 * provider-page.js: the manifest runs it just before content.js on a provider's hosts only, in the
 * same isolated world. See page-address.ts.
 */
(globalThis as Record<string, unknown>)[PROVIDER_PAGE] = true;
