import type { UrlRule } from '../providers/types.ts';

/**
 * Host-indexed URL rules: a URL is checked only against rules for its own host and parent domains,
 * so the cost per link stays flat however many providers the catalog holds.
 */
type HostlessRule = Omit<UrlRule, 'host'>;

export class UrlRuleIndex<T extends { rule: HostlessRule }, P = T> {
  readonly #exact: Map<string, P[]>;
  readonly #wildcard: Map<string, P[]>;
  readonly #unpack: (packed: P) => T;
  /** A host's entries, unpacked the first time a URL of that host is matched: most pages link none. */
  readonly #unpacked = new Map<P[], T[]>();
  readonly #hostCache = new Map<string, boolean>();

  /** From entries grouped by host (see planRules): exact hosts, and '*.domain' rules under their domain. */
  constructor(plan: RulePlan<P>, unpack: (packed: P) => T) {
    this.#exact = new Map(plan.exact);
    this.#wildcard = new Map(plan.wildcard);
    this.#unpack = unpack;
  }

  /** True when some rule is about this host (or a parent domain of it). Pages link the same few hosts over and over. */
  knowsHost(hostname: string): boolean {
    const host = hostname.toLowerCase();
    const cached = this.#hostCache.get(host);
    if (cached !== undefined) return cached;
    let known = this.#exact.has(host);
    for (let d = host; !known && d.includes('.'); d = d.slice(d.indexOf('.') + 1)) known = this.#wildcard.has(d);
    if (this.#hostCache.size > 1_000) this.#hostCache.clear();
    this.#hostCache.set(host, known);
    return known;
  }

  /** The rules a URL matches; `extraParams` count as present (a URL that code goes on to build). */
  match(url: URL, extraParams?: ReadonlySet<string>): T[] {
    const host = url.hostname.toLowerCase();
    const found: T[] = [];
    const take = (packed: P[] | undefined) => {
      if (!packed) return;
      let list = this.#unpacked.get(packed);
      if (!list) this.#unpacked.set(packed, (list = packed.map(this.#unpack)));
      for (const entry of list) if (pathMatches(entry.rule, url.pathname) && paramsMatch(entry.rule, url, extraParams)) found.push(entry);
    };
    take(this.#exact.get(host));
    for (let d = host; d; d = d.slice(d.indexOf('.') + 1 || d.length)) {
      take(this.#wildcard.get(d));
      if (!d.includes('.')) break;
    }
    return found;
  }
}

export interface RulePlan<T> {
  exact: [string, T[]][];
  wildcard: [string, T[]][];
}

/** Groups rule entries by host, '*.domain' rules by their domain (at build time: see detect/plan.ts). */
export function planRules<E, T>(entries: readonly E[], hostOf: (e: E) => string, store: (e: E) => T): RulePlan<T> {
  const exact = new Map<string, T[]>();
  const wildcard = new Map<string, T[]>();
  for (const entry of entries) {
    const host = hostOf(entry).toLowerCase();
    const [map, key] = host.startsWith('*.') ? [wildcard, host.slice(2)] : [exact, host];
    map.set(key, [...(map.get(key) ?? []), store(entry)]);
  }
  return { exact: [...exact], wildcard: [...wildcard] };
}

/** Whether one rule matches a URL: its host (or, for '*.domain', the domain and any subdomain), path and parameters. */
export function ruleMatches(rule: UrlRule, url: URL, extraParams?: ReadonlySet<string>): boolean {
  const host = url.hostname.toLowerCase();
  const ruleHost = rule.host.toLowerCase();
  const hostOk = ruleHost.startsWith('*.') ? host === ruleHost.slice(2) || host.endsWith(ruleHost.slice(1)) : host === ruleHost;
  return hostOk && pathMatches(rule, url.pathname) && paramsMatch(rule, url, extraParams);
}

/** Path patterns, compiled the first time a URL of their host is checked: most frames never see one. */
const patterns = new Map<string, RegExp>();

function pathMatches(rule: HostlessRule, pathname: string): boolean {
  const source = rule.pathPattern;
  if (!source) return pathname.toLowerCase().startsWith((rule.path ?? '/').toLowerCase());
  let pattern = patterns.get(source);
  if (!pattern) patterns.set(source, (pattern = new RegExp(source, 'i')));
  return pattern.test(pathname);
}

function paramsMatch(rule: HostlessRule, url: URL, extra?: ReadonlySet<string>): boolean {
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
