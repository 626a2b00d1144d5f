import type { ProviderDefinition } from '../providers/types.ts';
import type { Decision } from '../shared/schemas.ts';
import { isActive } from '../shared/verdicts.ts';

/** Minimal DNR rule shape shared by Chrome and Firefox (the polyfill's types lag behind both). */
export interface BlockRuleDnr {
  id: number;
  priority: number;
  action: { type: 'block' };
  condition: {
    initiatorDomains: string[];
    requestDomains: string[];
    resourceTypes: string[];
    regexFilter?: string;
  };
}

/** Named priorities: a later managed policy or allow-list slots in between without renumbering. */
export const PRIORITY = { userBlock: 100 } as const;

const WIDGET_TYPES = ['main_frame', 'sub_frame', 'script', 'xmlhttprequest', 'image', 'stylesheet', 'websocket', 'other'];

/**
 * One rule per blocked (site, provider): the provider's requests made from that site, and only from it,
 * never load. Pure, so the rules are tested without a browser; ids are positions, rebuilt on each sync.
 */
export function buildBlockRules(
  decisions: readonly Decision[],
  providerById: (id: string) => ProviderDefinition | undefined,
  now: number,
): BlockRuleDnr[] {
  const rules: BlockRuleDnr[] = [];
  for (const d of decisions) {
    const provider = providerById(d.provider);
    if (d.verdict !== 'block' || !provider || !isActive(d, now) || !isDomain(d.site)) continue;
    const { domains, urlRegex, resourceTypes } = provider.block;
    rules.push({
      id: rules.length + 1,
      priority: PRIORITY.userBlock,
      action: { type: 'block' },
      condition: {
        initiatorDomains: [d.site],
        requestDomains: domains,
        resourceTypes: resourceTypes ?? WIDGET_TYPES,
        ...(urlRegex ? { regexFilter: urlRegex } : {}),
      },
    });
  }
  return rules;
}

/** A site from storage is untrusted text: only a plain host name may reach a rule. */
function isDomain(site: string): boolean {
  return /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/.test(site);
}

/**
 * The smallest update from the rules the browser holds to the wanted ones: rules that stay are not
 * touched (Chromium lets requests through while it swaps a rule in, so rewriting every rule on each
 * change would open a gap in blocks made long ago). Compared on the fields we set: browsers hand
 * rules back with defaults filled in.
 */
export function ruleChanges(current: readonly BlockRuleDnr[], wanted: readonly BlockRuleDnr[]): { removeRuleIds: number[]; addRules: BlockRuleDnr[] } {
  const key = (r: BlockRuleDnr) =>
    JSON.stringify([r.id, r.priority, r.action.type, r.condition.initiatorDomains, r.condition.requestDomains, r.condition.resourceTypes, r.condition.regexFilter ?? null]);
  const have = new Set(current.map(key));
  const keep = new Set(wanted.map(key));
  return {
    removeRuleIds: current.filter((r) => !keep.has(key(r))).map((r) => r.id),
    addRules: wanted.filter((r) => !have.has(key(r))),
  };
}
