import { riskOf, sortCategories, type CategoryId } from '../providers/categories.ts';
import { providerById as catalogLookup } from '../providers/catalog/index.ts';
import { flowOf } from '../providers/types.ts';
import { attribute, type ProviderLookup } from './attribution.ts';
import { categoriesForScopes } from './scopes.ts';
import type { Detection, Evidence, Finding } from './types.ts';

const MAX_EVIDENCE = 8;
/** Limits the background's message checks hold a detection to. */
const MAX_SCOPES = 100;
const MAX_DETAIL = 400;

/** Joins one document's findings into one detection per provider. Pure: same findings, same answer. */
export function combine(findings: readonly Finding[], providerById: ProviderLookup): Detection[] {
  const detections: Detection[] = [];
  for (const [id, group] of attribute(findings, providerById).groups) {
    const provider = providerById(id);
    if (!provider) continue;
    const scopes = unique(group.flatMap((f) => f.scopes ?? [])).slice(0, MAX_SCOPES);
    const listed = group.flatMap((f) => f.categories ?? []);
    let requested = listed.length > 0 || group.some((f) => f.scopes !== undefined);
    let categories: CategoryId[] = requested ? sortCategories([...listed, ...categoriesForScopes(provider, scopes)]) : [];
    if (!categories.length) {
      // Nothing the page says maps to a category (an unknown scope): fall back to what the provider can give.
      requested = false;
      categories = sortCategories(provider.possible);
    }
    const requester = group.find((f) => f.requester)?.requester;
    detections.push({
      provider: id,
      kind: provider.kind,
      categories,
      certainty: requested ? 'requested' : 'possible',
      risk: riskOf(categories),
      scopes,
      ...(requester ? { requester: requester.slice(0, 253) } : {}),
      evidence: uniqueEvidence(group),
    });
  }
  return detections.sort((a, b) => a.provider.localeCompare(b.provider));
}

/**
 * The elements a person would click for each detected provider. A provider-less cue ("Link your
 * bank") lends its element to the page's providers of the same flow that have none of their own
 * (Plaid's script names no button).
 */
export function anchorsByProvider(findings: readonly Finding[], providerById: ProviderLookup = catalogLookup): Map<string, Element[]> {
  const { groups, lent } = attribute(findings, providerById);
  const out = new Map<string, Element[]>();
  for (const [id, group] of groups) {
    const anchors = group.filter((f) => f.anchor && isClickable(f.anchor)).map((f) => f.anchor!);
    if (!anchors.length) {
      const provider = providerById(id);
      const flow = provider ? flowOf(provider) : undefined;
      for (const f of lent) {
        if (!f.anchor) continue;
        const lenderFlow = f.fallback ? providerById(f.fallback) : undefined;
        const sameFlow = lenderFlow ? flowOf(lenderFlow) === flow : provider?.kind === f.kind;
        if (sameFlow) anchors.push(f.anchor);
      }
    }
    out.set(id, [...new Set(anchors)]);
  }
  return out;
}

function isClickable(el: Element): boolean {
  return el.localName !== 'script' && el.localName !== 'iframe' && el.localName !== 'frame' && el.localName !== 'meta';
}

function uniqueEvidence(group: readonly Finding[]): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const f of group) {
    const key = `${f.signal} ${f.detail}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ signal: f.signal, detail: f.detail.slice(0, MAX_DETAIL) });
    if (out.length === MAX_EVIDENCE) break;
  }
  return out;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
