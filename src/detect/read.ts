import { STAND_IN } from '../providers/catalog/stand-ins.ts';
import { flowOf, type ProviderDefinition, type PromptFlow } from '../providers/types.ts';
import { callScopes, optionScopes } from './call-options.ts';
import { namedCuesFrom, planNamedCues, providerNames } from './cues.ts';
import { pageContext, planOwners, SiteOwners, type PageContext } from './page-context.ts';
import { hasBankIntent, labelFamilies, type CueFamily } from './phrases.ts';
import { providerless } from './providerless.ts';
import { scopesFromUrl, splitScopes } from './scopes.ts';
import type { Finding } from './types.ts';
import { parseUrl, ruleMatches } from './url-rules.ts';
import { paramNamesIn, requesterOf } from './urls.ts';

/** Markup that carries a scope list: <div class="fb-login-button" data-scope="…">, <meta name="appleid-signin-scope" content="…">. */
const SCOPE_ATTRIBUTES = ['data-scope', 'data-scopes', 'scope', 'data-cloudsponge-source'];

/** The responder's reading of what the content script left unread; the rest passes as it is. */
export type Reader = (findings: readonly Finding[], pageUrl: string) => Finding[];

/**
 * The second reading, in the responder, with the full provider definitions:
 *  - labels and forms the content script kept because they have the words a prompt phrase needs are
 *    matched against the phrasebooks. A label becomes its provider (if it names one of its flow) or
 *    its stand-in; a form with someone else's bank in its words becomes a bank-login or bank-account
 *    prompt; anything else is dropped;
 *  - what a finding asks for is read where it was written: the scope parameters of its authorize
 *    URL (and who asks, from the redirect), the options of its SDK call, the scope list of its markup.
 */
export function createReader(catalog: readonly ProviderDefinition[]): Reader {
  const byId = new Map(catalog.map((p) => [p.id, p]));
  const named = namedCuesFrom(planNamedCues(providerNames(catalog)));
  const owners = new SiteOwners(planOwners(catalog));
  const flowOfId = (id: string): PromptFlow | undefined => {
    const p = byId.get(id);
    return p ? flowOf(p) : undefined;
  };

  /** A provider-less prompt label: its provider if it names one of the right flow, else its stand-in. */
  function promptCue(family: CueFamily, f: Finding, ctx: PageContext, out: Finding[]): void {
    const flow = family === 'contact-upload' ? 'contact-upload' : 'link-bank';
    const owner = ctx.siteOwner[flow];
    if (family === 'add-payment' && !owner) return; // elsewhere that is a checkout
    const mentioned = named.mentioned(f.detail).filter((id) => flowOfId(id) === flow);
    if (mentioned.length && family !== 'add-payment') {
      for (const id of mentioned) out.push({ provider: id, kind: byId.get(id)!.kind, signal: 'text', detail: f.detail, anchor: f.anchor! });
      return;
    }
    const standIn = owner ?? (flow === 'contact-upload' ? STAND_IN.contactUpload : STAND_IN.bankLink);
    out.push(providerless(standIn, byId.get(standIn), 'text', f.detail, f.anchor!));
  }

  /** The finding with the scopes (and requester) its source says, when it says any. */
  function withScopes(f: Finding): Finding {
    const provider = f.provider ? byId.get(f.provider) : undefined;
    if (!provider) return f;
    let scopes: string[] | undefined;
    let requester: string | undefined;
    if (f.url) {
      const url = parseUrl(f.url);
      const built = f.code ? paramNamesIn(f.code) : undefined;
      for (const rule of url ? (provider.authorize ?? []) : []) {
        if (!ruleMatches(rule, url!, built)) continue;
        const found = scopesFromUrl(url!, rule) ?? (f.code ? optionScopes(f.code, rule.scopeParams) : undefined);
        if (found) scopes = [...new Set([...(scopes ?? []), ...found])];
      }
      requester = url ? requesterOf(url) : undefined;
    } else if (f.call) {
      const rule = provider.calls?.find((c) => c.call === f.call!.name);
      if (rule) scopes = callScopes(rule, f.call.lead, f.call.args);
    } else if (f.signal === 'markup' && f.anchor) scopes = scopesOfElement(f.anchor);
    if (!scopes && !requester) return f;
    return { ...f, ...(scopes ? { scopes } : {}), ...(requester ? { requester } : {}) };
  }

  return (findings, pageUrl) => {
    const ctx = findings.some((f) => f.unread) ? pageContext(pageUrl, owners) : undefined;
    const out: Finding[] = [];
    for (const f of findings) {
      const unread = f.unread;
      if (!unread) out.push(withScopes(f));
      else if ('label' in unread) for (const family of labelFamilies(f.detail)) promptCue(family, f, ctx!, out);
      else if (hasBankIntent(unread.context)) {
        const standIn = ctx!.siteOwner['link-bank'] ?? (unread.password ? STAND_IN.bankLogin : STAND_IN.bankAccount);
        const detail = unread.password ? 'password field for an account at another institution' : 'IBAN field to link a bank account';
        out.push(providerless(standIn, byId.get(standIn), 'form', detail, f.anchor!));
      }
    }
    return out;
  };
}

function scopesOfElement(el: Element): string[] | undefined {
  for (const attr of SCOPE_ATTRIBUTES) {
    const v = el.getAttribute(attr);
    if (v !== null) return splitScopes(v);
  }
  if (el.localName === 'meta' && /scope/i.test(el.getAttribute('name') ?? '')) return splitScopes(el.getAttribute('content') ?? '');
  return undefined;
}
