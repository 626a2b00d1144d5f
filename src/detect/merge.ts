import { riskOf, sortCategories } from '../providers/categories.ts';
import { providerById as catalogLookup } from '../providers/catalog/index.ts';
import { flowOf } from '../providers/types.ts';
import type { ProviderLookup } from './attribution.ts';
import type { Detection, Evidence } from './types.ts';

const MAX_EVIDENCE = 8;

/**
 * Joins the detections of every frame of a tab into one per provider. What a consent pane or a scope
 * list says (requested) wins over what the provider could hand over (possible): the Plaid frame's list
 * makes the host page's Plaid warning exact. A stand-in from one frame (the top page's "Link your bank"
 * button) gives way to a real provider of the same flow from another (the Plaid frame).
 */
export function mergeDetections(perFrame: readonly (readonly Detection[])[], providerById: ProviderLookup = catalogLookup): Detection[] {
  const groups = new Map<string, Detection[]>();
  for (const list of perFrame) for (const d of list) groups.set(d.provider, [...(groups.get(d.provider) ?? []), d]);
  const merged: Detection[] = [];
  for (const [provider, group] of groups) {
    const requested = group.filter((d) => d.certainty === 'requested');
    const basis = requested.length ? requested : group;
    const categories = sortCategories(basis.flatMap((d) => d.categories));
    const evidence: Evidence[] = [];
    const seen = new Set<string>();
    for (const e of group.flatMap((d) => d.evidence)) {
      const key = `${e.signal} ${e.detail}`;
      if (seen.has(key) || evidence.length === MAX_EVIDENCE) continue;
      seen.add(key);
      evidence.push(e);
    }
    const requester = group.find((d) => d.requester)?.requester;
    merged.push({
      provider,
      kind: group[0]!.kind,
      categories,
      certainty: requested.length ? 'requested' : 'possible',
      risk: riskOf(categories),
      scopes: [...new Set(group.flatMap((d) => d.scopes))],
      ...(requester ? { requester } : {}),
      evidence,
    });
  }
  return withoutStandIns(merged, providerById).sort((a, b) => a.provider.localeCompare(b.provider));
}

function withoutStandIns(detections: Detection[], providerById: ProviderLookup): Detection[] {
  const flow = (d: Detection) => {
    const p = providerById(d.provider);
    return p ? flowOf(p) : d.kind;
  };
  const realFlows = new Set(detections.filter((d) => !providerById(d.provider)?.standIn).map(flow));
  const specificFlows = new Set(detections.filter((d) => !providerById(d.provider)?.generic).map(flow));
  return detections.filter((d) => {
    const p = providerById(d.provider);
    if (p?.generic) return !specificFlows.has(flow(d));
    return !p?.standIn || !realFlows.has(flow(d));
  });
}
