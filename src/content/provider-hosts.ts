import { SCANNER_PLAN } from '../detect/scanner-plan.ts';

/**
 * The hosts whose pages a provider shows in a frame (a widget, a consent or sign-in page): exact
 * hosts, and domains whose subdomains count too. The build replaces this module with its value
 * (scripts/lib/precompute.ts): frames.js ships the list, not the plan.
 */
const framed = (groups: typeof SCANNER_PLAN.rules.exact) => groups.filter(([, entries]) => entries.some((e) => e.type !== 'script')).map(([host]) => host);

export const PROVIDER_HOSTS = { exact: framed(SCANNER_PLAN.rules.exact), domains: framed(SCANNER_PLAN.rules.wildcard) };
