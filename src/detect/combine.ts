import { riskOf, sortCategories, type CategoryId } from '../providers/categories.ts';
import type { ProviderDefinition } from '../providers/types.ts';
import { categoriesForScopes } from './scopes.ts';
import type { Detection, Evidence, Finding } from './types.ts';

const MAX_EVIDENCE = 8;

/** Joins one document's findings into one detection per provider. Pure: same findings, same answer. */
export function combine(findings: readonly Finding[], providerById: (id: string) => ProviderDefinition | undefined): Detection[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.provider === null) continue;
    groups.set(f.provider, [...(groups.get(f.provider) ?? []), f]);
  }
  const detections: Detection[] = [];
  for (const [id, group] of groups) {
    const provider = providerById(id);
    if (!provider) continue;
    const scopes = unique(group.flatMap((f) => f.scopes ?? []));
    const listed = group.flatMap((f) => f.categories ?? []);
    const readScopes = group.some((f) => f.scopes !== undefined);
    const requested = listed.length > 0 || readScopes;
    const categories: CategoryId[] = requested
      ? sortCategories([...listed, ...categoriesForScopes(provider, scopes)])
      : sortCategories(provider.possible);
    const requester = group.find((f) => f.requester)?.requester;
    detections.push({
      provider: id,
      kind: provider.kind,
      categories,
      certainty: requested ? 'requested' : 'possible',
      risk: riskOf(categories),
      scopes,
      ...(requester ? { requester } : {}),
      evidence: uniqueEvidence(group),
    });
  }
  return detections.sort((a, b) => a.provider.localeCompare(b.provider));
}

/**
 * The elements a person would click for each provider. A provider-less cue ("Link your bank") lends
 * its element to the page's providers of the same kind that have none of their own (Plaid's script
 * names no button).
 */
export function anchorsByProvider(findings: readonly Finding[]): Map<string, Element[]> {
  const out = new Map<string, Element[]>();
  const kindOf = new Map<string, Finding['kind']>();
  for (const f of findings) {
    if (f.provider === null) continue;
    kindOf.set(f.provider, f.kind);
    if (!out.has(f.provider)) out.set(f.provider, []);
    if (f.anchor && isClickable(f.anchor)) out.get(f.provider)!.push(f.anchor);
  }
  for (const [provider, anchors] of out) {
    if (anchors.length) continue;
    for (const f of findings) if (f.provider === null && f.anchor && f.kind === kindOf.get(provider)) anchors.push(f.anchor);
  }
  for (const [provider, anchors] of out) out.set(provider, [...new Set(anchors)]);
  return out;
}

function isClickable(el: Element): boolean {
  return el.localName !== 'script' && el.localName !== 'iframe' && el.localName !== 'frame';
}

function uniqueEvidence(group: readonly Finding[]): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const f of group) {
    const key = `${f.signal} ${f.detail}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ signal: f.signal, detail: f.detail });
    if (out.length === MAX_EVIDENCE) break;
  }
  return out;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
