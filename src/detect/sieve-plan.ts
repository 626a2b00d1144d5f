import { SCANNER_PLAN } from './scanner-plan.ts';
import { sieveOf, type Sieve } from './sieve.ts';

/** The sieve of the whole catalog. The build replaces this module with its value (scripts/lib/precompute.ts). */
export const SIEVE: Sieve = sieveOf(SCANNER_PLAN.rules, SCANNER_PLAN.markup);
