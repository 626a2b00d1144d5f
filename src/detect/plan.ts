import type { CategoryId } from '../providers/categories.ts';
import type { DetectionProvider, MarkupRule, PromptFlow, PromptKind, UrlRule } from '../providers/types.ts';
import { planCalls, type CallPlan } from './calls.ts';
import { planNamedCues, providerNames, type NamedCuePlan } from './cues.ts';
import { planOwners, type OwnersPlan } from './page-context.ts';
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

/**
 * A RuleEntry as the plan ships it, by position: [type letter + provider index + '~' when weak, path
 * or (starting with ^) path pattern, parameters one of which is required (0 for none), categories it
 * implies]. Every frame's content.js carries the plan; keyed objects made it a fifth of its size.
 */
export type PackedRule = [code: string, path: string, params?: string[] | 0, implies?: CategoryId[]];

const TYPES = { s: 'script', f: 'frame', a: 'authorize' } as const;

export function packRule({ type, provider, rule }: RuleEntry): PackedRule {
  if (rule.pathPattern && !rule.pathPattern.startsWith('^')) throw new Error(`plan: a path pattern must start with ^: ${rule.pathPattern}`);
  const packed: PackedRule = [`${type[0]}${provider}${rule.weak ? '~' : ''}`, rule.pathPattern ?? rule.path ?? '/'];
  if (rule.requireAnyParam || rule.implies) packed.push(rule.requireAnyParam ?? 0);
  if (rule.implies) packed.push(rule.implies);
  return packed;
}

export function unpackRule([code, path, params, implies]: PackedRule): RuleEntry {
  const rule: RuleEntry['rule'] = path[0] === '^' ? { pathPattern: path } : { path };
  if (code.endsWith('~')) rule.weak = true;
  if (params) rule.requireAnyParam = params;
  if (implies) rule.implies = implies;
  return { type: TYPES[code[0] as keyof typeof TYPES], provider: parseInt(code.slice(1)), rule };
}

/** A PlannedProvider as the plan ships it, by position: [id, kind, flow (0 for none), what it asks]. */
export type PackedProvider = [id: string, kind: PromptKind, flow?: PromptFlow | 0, asks?: CategoryId[]];

export function packProvider({ id, kind, flow, asks }: PlannedProvider): PackedProvider {
  const packed: PackedProvider = [id, kind];
  if (flow || asks) packed.push(flow ?? 0);
  if (asks) packed.push(asks);
  return packed;
}

export function unpackProvider([id, kind, flow, asks]: PackedProvider): PlannedProvider {
  const p: PlannedProvider = { id, kind };
  if (flow) p.flow = flow;
  if (asks) p.asks = asks;
  return p;
}

export interface MarkupEntry extends MarkupRule {
  provider: number;
}

/**
 * A markup selector or an SDK call as the plan ships it, by position: [selector or callee, provider
 * index, 1 when weak (0 for not), categories it implies].
 */
export type PackedEntry = [key: string, provider: number, weak?: 0 | 1, implies?: CategoryId[]];

export function packEntry(key: string, { provider, weak, implies }: { provider: number; weak?: boolean; implies?: CategoryId[] }): PackedEntry {
  const packed: PackedEntry = [key, provider];
  if (weak || implies) packed.push(weak ? 1 : 0);
  if (implies) packed.push(implies);
  return packed;
}

/**
 * The catalog compiled for the scanner: grouped, sorted, escaped and joined into regex sources. Every
 * frame's scanner starts from this rather than from the catalog, so the work is done once, at build
 * time (the build replaces scanner-plan.ts with its value); tests and the eval compile it as they run.
 */
export interface ScannerPlan {
  providers: PackedProvider[];
  rules: RulePlan<PackedRule>;
  markup: PackedEntry[];
  /** Providers' names as a regex (see wordTrie): a cue label has one of them in it, or a cue noun (cue-words.ts). */
  names: string;
  named: NamedCuePlan;
  relay: RelayPlan;
  calls: CallPlan;
  owners: OwnersPlan;
}

export function planScanner(catalog: readonly DetectionProvider[]): ScannerPlan {
  const providers = catalog.map(packProvider);
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
    rules: planRules(rules, (e) => e.rule.host, ({ rule: { host: _h, ...rule }, ...e }) => packRule({ ...e, rule })),
    markup: markup.map((m) => packEntry(m.selector, m)),
    names: wordTrie(nameWords),
    named: planNamedCues(names),
    relay: planRelay(slugs),
    calls: planCalls(catalog).map((c) => packEntry(c.call, c)),
    owners: planOwners(catalog),
  };
}
