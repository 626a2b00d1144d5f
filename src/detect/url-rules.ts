import type { UrlRule } from '../providers/types.ts';

/**
 * Host-indexed URL rules: a URL is checked only against rules for its own host and parent domains,
 * so the cost per link stays flat however many providers the catalog holds.
 */
export class UrlRuleIndex<T extends { rule: UrlRule }> {
  private readonly exact = new Map<string, T[]>();
  private readonly wildcard = new Map<string, T[]>();
  private readonly domains = new Set<string>();

  add(entry: T): void {
    const host = entry.rule.host.toLowerCase();
    const wild = host.startsWith('*.');
    const key = wild ? host.slice(2) : host;
    const map = wild ? this.wildcard : this.exact;
    map.set(key, [...(map.get(key) ?? []), entry]);
    this.domains.add(key);
  }

  /** A regex that any raw URL string naming one of the indexed hosts must match: a cheap first filter. */
  hostFilter(): RegExp {
    const alternatives = [...this.domains].map((d) => d.replaceAll('.', '\\.')).sort((a, b) => b.length - a.length);
    return alternatives.length ? new RegExp(alternatives.join('|'), 'i') : /$^/;
  }

  match(url: URL): T[] {
    const host = url.hostname.toLowerCase();
    const found: T[] = [];
    const take = (entries: T[] | undefined) => {
      for (const e of entries ?? []) if (pathMatches(e.rule, url.pathname)) found.push(e);
    };
    take(this.exact.get(host));
    for (let d = host; d; d = d.slice(d.indexOf('.') + 1 || d.length)) {
      take(this.wildcard.get(d));
      if (!d.includes('.')) break;
    }
    return found;
  }
}

const patternCache = new Map<string, RegExp>();

function pathMatches(rule: UrlRule, pathname: string): boolean {
  if (rule.pathPattern) {
    let re = patternCache.get(rule.pathPattern);
    if (!re) patternCache.set(rule.pathPattern, (re = new RegExp(rule.pathPattern, 'i')));
    return re.test(pathname);
  }
  return pathname.toLowerCase().startsWith((rule.path ?? '/').toLowerCase());
}

/** Parses a URL that may be relative, protocol-relative or junk; null instead of throwing. */
export function parseUrl(raw: string, base?: string): URL | null {
  try {
    const url = new URL(raw, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}
