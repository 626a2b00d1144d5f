import type { CategoryId } from '../providers/categories.ts';
import { flowOf, type ProviderDefinition } from '../providers/types.ts';
import { lexiconRegex, normalizeText } from './cues.ts';
import { CATEGORY_PHRASES } from './lexicon.ts';
import type { Finding } from './types.ts';

const CONSENT_ITEMS = 'li,[role="listitem"],label,dt,dd';
const MAX_CONSENT_ITEMS = 200;
const MAX_ITEM_TEXT = 300;

const PHRASES: [CategoryId, RegExp][] = Object.entries(CATEGORY_PHRASES).map(([id, phrases]) => [
  id as CategoryId,
  lexiconRegex(`(?:${phrases.join('|')})`),
]);

/** A list item holding a control is a menu or a picker ("Fidelity Investments" in a bank list), not a data line. */
const INTERACTIVE = 'a,button,input,select,[role="button"],[role="link"],[role="option"]';

/**
 * Inside a provider's own frame or consent page: the data its pane lists, one list item at a time.
 * Only categories the provider can hand over count, so a footer link or a menu does not add any. A
 * bank widget's pane is trusted only when it lists at least two kinds of data: its other panes list
 * banks, whose names ("… Investments", "… Credit Union") would otherwise read as data.
 */
export function readConsentPane(root: ParentNode, provider: ProviderDefinition): Finding | null {
  // Contact importers have no consent pane: their pages list people, not data.
  if (flowOf(provider) === 'contact-upload') return null;
  const offered = new Set<CategoryId>([...provider.possible, ...(provider.implied ?? []), ...Object.values(provider.scopes ?? {}).flat()]);
  const found = new Set<CategoryId>();
  let seen = 0;
  for (const item of root.querySelectorAll(CONSENT_ITEMS)) {
    if (++seen > MAX_CONSENT_ITEMS) break;
    const raw = item.textContent ?? '';
    if (raw.length > MAX_ITEM_TEXT || item.querySelector(INTERACTIVE)) continue;
    const text = normalizeText(raw);
    for (const [id, re] of PHRASES) if (offered.has(id) && re.test(text)) found.add(id);
  }
  if (!found.size || (provider.kind === 'bank-link' && found.size < 2)) return null;
  return {
    provider: provider.id,
    kind: provider.kind,
    signal: 'consent-pane',
    detail: [...found].join(', '),
    categories: [...found],
  };
}
