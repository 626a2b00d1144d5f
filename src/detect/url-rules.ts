import type { UrlRule } from '../providers/types.ts';

/**
 * Host-indexed URL rules: a URL is checked only against rules for its own host and parent domains,
 * so the cost per link stays flat however many providers the catalog holds.
 */
export class UrlRuleIndex<T extends { rule: UrlRule }> {
  private readonly exact = new Map<string, Compiled<T>[]>();
  private readonly wildcard = new Map<string, Compiled<T>[]>();
  private readonly hostCache = new Map<string, boolean>();

  add(entry: T): void {
    const host = entry.rule.host.toLowerCase();
    const wild = host.startsWith('*.');
    const key = wild ? host.slice(2) : host;
    const map = wild ? this.wildcard : this.exact;
    const compiled: Compiled<T> = { entry };
    map.set(key, [...(map.get(key) ?? []), compiled]);
    this.hostCache.clear();
  }

  /** True when some rule is about this host (or a parent domain of it). Pages link the same few hosts over and over. */
  knowsHost(hostname: string): boolean {
    const host = hostname.toLowerCase();
    const cached = this.hostCache.get(host);
    if (cached !== undefined) return cached;
    let known = this.exact.has(host);
    for (let d = host; !known && d.includes('.'); d = d.slice(d.indexOf('.') + 1)) known = this.wildcard.has(d);
    if (this.hostCache.size > 1_000) this.hostCache.clear();
    this.hostCache.set(host, known);
    return known;
  }

  /** The rules a URL matches; `extraParams` count as present (a URL that code goes on to build). */
  match(url: URL, extraParams?: ReadonlySet<string>): T[] {
    const host = url.hostname.toLowerCase();
    const found: T[] = [];
    const take = (list: Compiled<T>[] | undefined) => {
      for (const c of list ?? []) if (pathMatches(c, url.pathname) && paramsMatch(c.entry.rule, url, extraParams)) found.push(c.entry);
    };
    take(this.exact.get(host));
    for (let d = host; d; d = d.slice(d.indexOf('.') + 1 || d.length)) {
      take(this.wildcard.get(d));
      if (!d.includes('.')) break;
    }
    return found;
  }
}

/** Whether one rule matches a URL: its host (or, for '*.domain', the domain and any subdomain), path and parameters. */
export function ruleMatches(rule: UrlRule, url: URL, extraParams?: ReadonlySet<string>): boolean {
  const host = url.hostname.toLowerCase();
  const ruleHost = rule.host.toLowerCase();
  const hostOk = ruleHost.startsWith('*.') ? host === ruleHost.slice(2) || host.endsWith(ruleHost.slice(1)) : host === ruleHost;
  return hostOk && pathMatches({ entry: { rule } }, url.pathname) && paramsMatch(rule, url, extraParams);
}

interface Compiled<T extends { rule: UrlRule }> {
  entry: T;
  /** Built the first time a URL of the rule's host is checked: most frames never see one. */
  pattern?: RegExp;
}

function pathMatches(c: Compiled<{ rule: UrlRule }>, pathname: string): boolean {
  const source = c.entry.rule.pathPattern;
  if (source) return (c.pattern ??= new RegExp(source, 'i')).test(pathname);
  return pathname.toLowerCase().startsWith((c.entry.rule.path ?? '/').toLowerCase());
}

function paramsMatch(rule: UrlRule, url: URL, extra?: ReadonlySet<string>): boolean {
  return !rule.requireAnyParam || rule.requireAnyParam.some((p) => url.searchParams.has(p) || extra?.has(p) === true);
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
