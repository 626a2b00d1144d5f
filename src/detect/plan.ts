import type { DetectionProvider, MarkupRule, UrlRule } from '../providers/types.ts';
import { planCalls, type CallPlan } from './calls.ts';
import { planNamedCues, providerNames, type NamedCuePlan } from './cues.ts';
import { planOwners, type OwnersPlan } from './page-context.ts';
import { planMarkup, type MarkupPlan } from './queries.ts';
import { planRelay, type RelayPlan } from './relay.ts';
import { planRules, type RulePlan } from './url-rules.ts';
import { wordTrie } from './word-sources.ts';

/** What a finding needs of its provider. */
export type PlannedProvider = Pick<DetectionProvider, 'id' | 'kind' | 'flow' | 'asks'>;

export interface RuleEntry {
  type: 'script' | 'frame' | 'authorize';
  /** Index into ScannerPlan.providers. */
  provider: number;
  /** The rule without its host: the index files it under the host. */
  rule: Omit<UrlRule, 'host'>;
}

export interface MarkupEntry extends MarkupRule {
  provider: number;
}

/**
 * The catalog compiled for the scanner: grouped, sorted, escaped and joined into regex sources. Every
 * frame's scanner starts from this rather than from the catalog, so the work is done once, at build
 * time (the build replaces scanner-plan.ts with its value); tests and the eval compile it as they run.
 */
export interface ScannerPlan {
  providers: PlannedProvider[];
  rules: RulePlan<RuleEntry>;
  markup: MarkupEntry[];
  markupQueries: MarkupPlan;
  /** Providers' names as a regex (see wordTrie): a cue label has one of them in it, or a cue noun (cue-words.ts). */
  names: string;
  named: NamedCuePlan;
  relay: RelayPlan;
  calls: CallPlan;
  owners: OwnersPlan;
}

export function planScanner(catalog: readonly DetectionProvider[]): ScannerPlan {
  const providers = catalog.map(({ id, kind, flow, asks }) => defined({ id, kind, flow, asks }));
  const rules: (Omit<RuleEntry, 'rule'> & { rule: UrlRule })[] = [];
  const markup: MarkupEntry[] = [];
  const slugs = new Map<string, string>();
  catalog.forEach((p, provider) => {
    for (const rule of p.scripts ?? []) rules.push({ type: 'script', provider, rule });
    for (const rule of p.frames ?? []) rules.push({ type: 'frame', provider, rule });
    for (const rule of p.authorize ?? []) rules.push({ type: 'authorize', provider, rule });
    // The index files each rule under its host; the host need not travel twice.
    for (const selector of p.selectors ?? []) markup.push({ selector, provider });
    for (const rule of p.markup ?? []) markup.push({ ...rule, provider });
    for (const slug of p.routeSlugs ?? []) if (!slugs.has(slug)) slugs.set(slug, p.id);
  });
  const names = providerNames(catalog);
  // Short names ("x", "mx") hide inside ordinary words ("Next"), so they count only after a space.
  const nameWords = [...names.keys()].map((n) => (n.length < 3 ? ` ${n}` : n));
  return {
    providers,
    rules: planRules(rules, (e) => e.rule.host, ({ rule: { host: _h, ...rule }, ...e }) => ({ ...e, rule })),
    markup,
    markupQueries: planMarkup(markup.map((m) => m.selector)),
    names: wordTrie(nameWords),
    named: planNamedCues(names),
    relay: planRelay(slugs),
    calls: planCalls(catalog),
    owners: planOwners(catalog),
  };
}

function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
