import type { DetectionProvider, PromptFlow } from '../providers/types.ts';
import { flowOf } from '../providers/types.ts';
import { parseUrl } from './url-rules.ts';

/**
 * What the page's own address says about the clues in it. Documentation and help pages quote
 * buttons and sign-in routes to explain them; their labels and links are not prompts (their scripts,
 * frames and markup still are).
 */
const DOCS_HOST = /^(?:docs|doc|developers?|dev|devcenter|apidocs|learn|help|support|kb|wiki)\./i;
const DOCS_PATH = /\/(?:docs?|documentation|developers?|api-reference|api-docs|reference|guides?|help|kb|wiki|manual|tutorials?)(?:\/|$)/i;

export interface PageContext {
  host: string;
  /** Labels and links here explain prompts rather than make them. */
  explainsPrompts: boolean;
  /** The catalog provider that owns provider-less prompts of each flow on this site, if any. */
  siteOwner: Partial<Record<PromptFlow, string>>;
}

export type OwnersPlan = [string, Partial<Record<PromptFlow, string>>][];

/** Domain → the provider that owns each flow's provider-less prompts there (at build time: see detect/plan.ts). */
export function planOwners(catalog: readonly DetectionProvider[]): OwnersPlan {
  const byDomain = new Map<string, Partial<Record<PromptFlow, string>>>();
  for (const p of catalog) {
    for (const site of p.sites ?? []) {
      const owners = byDomain.get(site.toLowerCase()) ?? {};
      owners[flowOf(p)] ??= p.id;
      byDomain.set(site.toLowerCase(), owners);
    }
  }
  return [...byDomain];
}

export class SiteOwners {
  readonly #byDomain: Map<string, Partial<Record<PromptFlow, string>>>;

  constructor(plan: OwnersPlan) {
    this.#byDomain = new Map(plan);
  }

  of(host: string): Partial<Record<PromptFlow, string>> {
    for (let d = host; d.includes('.'); d = d.slice(d.indexOf('.') + 1)) {
      const owners = this.#byDomain.get(d);
      if (owners) return owners;
    }
    return {};
  }
}

export function pageContext(baseUrl: string, owners: SiteOwners): PageContext {
  const url = baseUrl ? parseUrl(baseUrl) : null;
  if (!url) return { host: '', explainsPrompts: false, siteOwner: {} };
  const host = url.hostname.toLowerCase();
  return {
    host,
    explainsPrompts: DOCS_HOST.test(host) || DOCS_PATH.test(url.pathname),
    siteOwner: owners.of(host),
  };
}
