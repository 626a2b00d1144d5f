import { STAND_IN } from '../providers/catalog/stand-ins.ts';
import { flowOf, type ProviderDefinition, type PromptFlow } from '../providers/types.ts';
import { compileNamedCues, providerNames } from './cues.ts';
import { pageContext, SiteOwners, type PageContext } from './page-context.ts';
import { hasBankIntent, labelFamilies, type CueFamily } from './phrases.ts';
import { providerless } from './providerless.ts';
import type { Finding } from './types.ts';

/** The responder's reading of what the content script left unread; the rest passes as it is. */
export type Reader = (findings: readonly Finding[], pageUrl: string) => Finding[];

/**
 * The second reading, in the responder: labels and forms the content script kept because they have
 * the words a prompt phrase needs are matched against the phrasebooks. A label becomes its provider
 * (if it names one of its flow) or its stand-in; a form with someone else's bank in its words
 * becomes a bank-login or bank-account prompt; anything else is dropped.
 */
export function createReader(catalog: readonly ProviderDefinition[]): Reader {
  const byId = new Map(catalog.map((p) => [p.id, p]));
  const named = compileNamedCues(providerNames(catalog));
  const owners = new SiteOwners(catalog);
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

  return (findings, pageUrl) => {
    if (!findings.some((f) => f.unread)) return [...findings];
    const ctx = pageContext(pageUrl, owners);
    const out: Finding[] = [];
    for (const f of findings) {
      const unread = f.unread;
      if (!unread) out.push(f);
      else if ('label' in unread) for (const family of labelFamilies(f.detail)) promptCue(family, f, ctx, out);
      else if (hasBankIntent(unread.context)) {
        const standIn = ctx.siteOwner['link-bank'] ?? (unread.password ? STAND_IN.bankLogin : STAND_IN.bankAccount);
        const detail = unread.password ? 'password field for an account at another institution' : 'IBAN field to link a bank account';
        out.push(providerless(standIn, byId.get(standIn), 'form', detail, f.anchor!));
      }
    }
    return out;
  };
}
