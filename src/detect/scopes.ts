import type { CategoryId } from '../providers/categories.ts';
import type { ProviderDefinition } from '../providers/types.ts';

/** Splits a scope parameter as providers write it: spaces, '+', commas (URLSearchParams already decoded). */
export function splitScopes(value: string): string[] {
  return value.split(/[\s,+]+/).filter(Boolean);
}

export function scopesFromUrl(url: URL, params: readonly string[]): string[] | undefined {
  for (const p of params) {
    const value = url.searchParams.get(p);
    if (value !== null) return splitScopes(value);
  }
  return undefined;
}

/**
 * Categories for scope identifiers. Google-style scopes are URLs, so a scope also matches by its last
 * path segment ('https://www.googleapis.com/auth/contacts.readonly' → 'contacts.readonly').
 */
export function categoriesForScopes(provider: ProviderDefinition, scopes: readonly string[]): CategoryId[] {
  const map = provider.scopes ?? {};
  const out = new Set<CategoryId>(provider.implied ?? []);
  for (const raw of scopes) {
    const scope = raw.toLowerCase();
    const short = scope.slice(scope.lastIndexOf('/') + 1);
    // hasOwn: a hostile URL may ask for scope=constructor.
    const hit = Object.hasOwn(map, scope) ? map[scope] : Object.hasOwn(map, short) ? map[short] : undefined;
    for (const c of hit ?? []) out.add(c);
  }
  return [...out];
}
