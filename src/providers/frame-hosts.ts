import { unpackRule } from '../detect/plan.ts';
import { SCANNER_PLAN } from '../detect/scanner-plan.ts';

/**
 * The hosts whose pages a provider shows in a frame (a widget, a consent or sign-in page): exact
 * hosts, and domains whose subdomains count too. The build writes them into the manifest as the
 * frames content.js runs in (see scripts/lib/manifest.ts), so no other frame checks its own host.
 */
const framed = (groups: typeof SCANNER_PLAN.rules.exact) => groups.filter(([, entries]) => entries.some((packed) => unpackRule(packed).type !== 'script')).map(([host]) => host);

export const PROVIDER_HOSTS = { exact: framed(SCANNER_PLAN.rules.exact), domains: framed(SCANNER_PLAN.rules.wildcard) };
