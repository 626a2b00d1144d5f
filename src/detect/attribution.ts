import { flowOf, type ProviderDefinition, type PromptFlow } from '../providers/types.ts';
import type { Finding } from './types.ts';

export type ProviderLookup = (id: string) => ProviderDefinition | undefined;

export interface Attribution {
  /** Provider id → the findings that make its detection. */
  groups: Map<string, Finding[]>;
  /** Provider-less findings that name no detection of their own: they lend their element to a provider of their flow. */
  lent: Finding[];
}

/**
 * Decides which provider each finding of one document speaks for:
 *  - a real provider's own findings are its; a weak one (an SDK that also draws Like buttons) only
 *    when the provider is seen otherwise, or a provider-less prompt of its flow is on the page;
 *  - a provider-less finding on an element that also names a provider (a "Find friends" link to
 *    Google's consent page) is that provider's evidence;
 *  - otherwise it names its stand-in ("Link your bank" → bank-link-prompt), unless a real provider of
 *    the same flow is on the page, which it then lends its element to (the button that opens Plaid);
 *  - a generic stand-in also gives way to a more specific one (the bank-login form behind the button).
 */
export function attribute(all: readonly Finding[], providerById: ProviderLookup): Attribution {
  // What the responder has not read (read.ts) says nothing yet.
  const findings = all.filter((f) => !f.unread);
  const flowOfId = (id: string): PromptFlow | undefined => {
    const p = providerById(id);
    return p ? flowOf(p) : undefined;
  };
  const flowOfFinding = (f: Finding): PromptFlow =>
    (f.provider ? flowOfId(f.provider) : f.fallback ? flowOfId(f.fallback) : undefined) ?? (f.kind === 'bank-link' ? 'link-bank' : 'sign-in');

  const strong = new Set<string>();
  const promptFlows = new Set<PromptFlow>();
  for (const f of findings) {
    // Only a prompt's words confirm a weak signature: a form shape may sit on a card checkout too.
    if (f.provider === null) {
      if (f.signal === 'text') promptFlows.add(flowOfFinding(f));
    } else if (!f.weak && providerById(f.provider)) strong.add(f.provider);
  }

  const groups = new Map<string, Finding[]>();
  const add = (id: string, f: Finding) => {
    const list = groups.get(id);
    if (list) list.push(f);
    else groups.set(id, [f]);
  };
  const anchored = new Map<Element, string>();
  for (const f of findings) {
    if (f.provider === null || !providerById(f.provider)) continue;
    if (f.weak && !strong.has(f.provider) && !promptFlows.has(flowOfFinding(f))) continue;
    add(f.provider, f);
    if (f.anchor && !anchored.has(f.anchor)) anchored.set(f.anchor, f.provider);
  }

  const realFlows = new Set<PromptFlow>();
  for (const id of groups.keys()) {
    const flow = flowOfId(id);
    if (flow) realFlows.add(flow);
  }

  const lent: Finding[] = [];
  for (const f of findings) {
    if (f.provider !== null) continue;
    const owner = f.anchor ? anchored.get(f.anchor) : undefined;
    if (owner) {
      // Evidence only: what the label asks for does not replace what the provider's URL says.
      add(owner, withoutCategories(f));
      continue;
    }
    const standIn = f.fallback && providerById(f.fallback) ? f.fallback : undefined;
    if (standIn && groups.has(standIn)) add(standIn, f); // already named (its own URL, or an earlier cue)
    else if (!standIn || realFlows.has(flowOfFinding(f))) lent.push(f);
    else add(standIn, f);
  }

  // A generic stand-in names nothing next to anything more specific of its flow.
  for (const [id, group] of [...groups]) {
    if (!providerById(id)?.generic) continue;
    const flow = flowOfId(id);
    if ([...groups.keys()].some((other) => other !== id && flowOfId(other) === flow)) {
      groups.delete(id);
      lent.push(...group);
    }
  }
  return { groups, lent };
}

function withoutCategories(f: Finding): Finding {
  if (!f.categories) return f;
  const copy = { ...f };
  delete copy.categories;
  return copy;
}
