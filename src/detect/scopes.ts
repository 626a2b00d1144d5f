import type { CategoryId } from '../providers/categories.ts';
import type { AuthorizeRule, ProviderDefinition } from '../providers/types.ts';

/** Bounds on what a hostile page can make us carry around (the background checks the same limits). */
const MAX_SCOPES = 60;
const MAX_SCOPE_LENGTH = 200;

/**
 * Splits a scope parameter as providers write it: spaces, '+', commas (URLSearchParams already
 * decoded), or a JSON list (Facebook's consent page: ["email","public_profile"]).
 */
export function splitScopes(value: string): string[] {
  const out: string[] = [];
  for (const raw of value.slice(0, MAX_SCOPES * MAX_SCOPE_LENGTH).split(/[\s,+]+/)) {
    const s = raw.replace(/^[["']+|["'\]]+$/g, '');
    if (!s || s.length > MAX_SCOPE_LENGTH || out.includes(s)) continue;
    out.push(s);
    if (out.length === MAX_SCOPES) break;
  }
  return out;
}

/**
 * The scopes an authorize URL asks for: every scope parameter that is present, plus settings that
 * widen access ('access_type=offline'). Undefined when the URL does not say (the list lives on the
 * provider's server), so the detection stays "possible".
 */
export function scopesFromUrl(url: URL, rule: Pick<AuthorizeRule, 'scopeParams' | 'flagParams' | 'defaultScopes' | 'opaqueParams'>): string[] | undefined {
  const params = url.searchParams;
  if (rule.opaqueParams?.some((p) => params.has(p))) return undefined;
  let found = false;
  const scopes: string[] = [];
  for (const p of rule.scopeParams) {
    const value = params.get(p);
    if (value === null) continue;
    found = true;
    scopes.push(...splitScopes(value));
  }
  if (!found && rule.defaultScopes) {
    found = true;
    scopes.push(...rule.defaultScopes);
  }
  for (const p of rule.flagParams ?? []) {
    const value = params.get(p);
    if (value === null) continue;
    found = true;
    scopes.push(`${p}=${value}`.slice(0, MAX_SCOPE_LENGTH));
  }
  return found ? [...new Set(scopes)].slice(0, MAX_SCOPES) : undefined;
}

/**
 * Categories for scope identifiers. Google-style scopes are URLs, so a scope also matches by its last
 * path segment ('https://www.googleapis.com/auth/contacts.readonly' → 'contacts.readonly'); a setting
 * ('duration=permanent') also matches by its name alone ('daysOfTransactions=Days90' → 'daysoftransactions').
 */
export function categoriesForScopes(provider: ProviderDefinition, scopes: readonly string[]): CategoryId[] {
  const map = provider.scopes ?? {};
  const out = new Set<CategoryId>(provider.implied ?? []);
  // hasOwn: a hostile URL may ask for scope=constructor.
  const lookup = (key: string) => (Object.hasOwn(map, key) ? map[key] : undefined);
  for (const raw of scopes) {
    const scope = raw.toLowerCase();
    const short = scope.slice(scope.lastIndexOf('/') + 1);
    const eq = scope.indexOf('=');
    const hit = lookup(scope) ?? lookup(short) ?? (eq > 0 ? lookup(scope.slice(0, eq)) : undefined);
    for (const c of hit ?? []) out.add(c);
  }
  return [...out];
}
