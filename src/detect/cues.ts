import { BANK_NOUNS, CONNECTOR_PHRASES, CUE_NOUNS, CUE_VERBS, FILLER_PHRASES, NOT_A_PROMPT_PHRASES, PAYMENT_NOUNS, SIGN_IN_PHRASES } from './cue-words.ts';
import { MAX_CUE_TEXT, MAX_CUE_WORDS, type Phrasebook } from './lexicon.ts';
import { allPhrases, escapeRegex } from './word-sources.ts';
import type { DetectionProvider } from '../providers/types.ts';

/**
 * The words the content script reads: labels that name a provider ("Sign in with Google"), matched
 * in full, and the cheap noun-and-verb gates that pick the labels and forms whose phrases the
 * responder matches (phrases.ts), so the phrasebooks stay out of every frame.
 */

/**
 * The letters of the languages in the lexicon (Latin, with its accented and extended letters). The
 * phrases write `\p{L}`; they are compiled with this class and without the `u` flag: V8 runs
 * case-insensitive Unicode-property regexes in the tens of milliseconds per label, this in microseconds.
 */
export const LETTERS = String.raw`A-Za-z\u00C0-\u024F`;
const WORD_CHAR = `[${LETTERS}0-9]`;
const ANY_WORD_CHAR = new RegExp(WORD_CHAR);
const ONE_WORD = new RegExp(`^${WORD_CHAR}+$`);

/** A case-insensitive regex from lexicon source, `\p{L}` read as a letter of the lexicon's languages. */
export function lexiconRegex(source: string, flags = 'i'): RegExp {
  return new RegExp(source.replaceAll('\\p{L}', `[${LETTERS}]`), flags);
}
/** Letters or digits may not touch a match on either side (JS `\b` knows only ASCII). */
export const START = `(?<!${WORD_CHAR})`;
export const END = `(?!${WORD_CHAR})`;

/** Any of the alternation's phrases as whole words, anywhere in a text. */
const anywhere = (alternation: string) => lexiconRegex(`${START}(?:${alternation})${END}`);
/** The phrases of these books anywhere in a longer text (around a form). */
export const anywhereRegex = (...books: Phrasebook[]) => anywhere(books.map(allPhrases).join('|'));

/**
 * Built on first use: every frame loads the content script, few ever read a label that passes the
 * word gate, and building these from the lexicon's text costs milliseconds.
 */
export const lazy = <T>(make: () => T): (() => T) => {
  let value: T | undefined;
  return () => (value ??= make());
};
/** A test for any word of a trie (wordTrie), in any case. */
export interface WordGate {
  test(text: string): boolean;
}

/**
 * The trie's words are lowercase (wordTrie lowers them), so the text is lowered rather than the regex
 * given the i flag: V8 compiles a case-insensitive trie of hundreds of words more slowly, and every
 * page's first scan compiles the gate.
 */
export function wordGate(trie: string): WordGate {
  const re = new RegExp(trie);
  return { test: (text) => re.test(text.toLowerCase()) };
}
/** A word gate built on first use. */
export const contains = (source: string) => lazy(() => wordGate(source));
const NOUNS = contains(CUE_NOUNS);
export const PAYMENT_GATE = contains(PAYMENT_NOUNS);
export const BANK_GATE = contains(BANK_NOUNS);
const VERBS = contains(CUE_VERBS);
const NOT_PROMPT = lazy(() => anywhere(NOT_A_PROMPT_PHRASES));
const VERB = lazy(() => anywhere(SIGN_IN_PHRASES));

/** Whitespace collapsed, typographic apostrophes made plain, so phrases can be written simply. */
export function normalizeText(raw: string): string {
  return raw.replace(/[\u2018\u2019\u02bc\u00b4`]/g, "'").replace(/\s+/g, ' ').trim();
}

/** A label short enough to be a button: at most MAX_CUE_TEXT characters and MAX_CUE_WORDS words. */
export function isLabelSized(text: string): boolean {
  if (!text || text.length > MAX_CUE_TEXT) return false;
  let words = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32 && ++words > MAX_CUE_WORDS) return false;
  return true;
}

/**
 * Whether a (normalised, label-sized) label may open with a provider-less prompt phrase ("Link your
 * bank", "Find friends"; on a payment app's own site also "Add a card"): it has a noun and a verb of
 * those phrases. The responder matches the phrases themselves.
 */
export function mayBePromptLabel(text: string, onPaymentSite = false): boolean {
  return (NOUNS().test(text) || (onPaymentSite && PAYMENT_GATE().test(text))) && VERBS().test(text);
}

/** Words that share a link, follow a page, pay or explain: "Share on Facebook", "Pay with Google Pay". */
export function isNotAPrompt(text: string): boolean {
  return NOT_PROMPT().test(text);
}

/** Whether the words around a form may speak of someone else's bank: a bank noun and a verb of those phrases. */
export function mayHaveBankIntent(text: string): boolean {
  return BANK_GATE().test(text) && VERBS().test(text);
}

/** Name people see → provider id. Stand-ins are named by their site, not by a word on a button. */
export function providerNames(catalog: readonly Pick<DetectionProvider, 'id' | 'names' | 'standIn'>[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const p of catalog) if (!p.standIn) for (const name of p.names ?? []) if (!names.has(name)) names.set(name, p.id);
  return names;
}

/** "Sign in with Google", "Mit Apple anmelden", "Kontynuuj z Facebookiem": labels that name a provider. */
export interface NamedCues {
  /** Provider ids a label names as the way to sign in / connect; [] when it names none that way. */
  match(text: string): string[];
  /** Provider ids whose name appears anywhere in the text (for attributing a "Link your bank with Plaid" cue). */
  mentioned(text: string): string[];
}

/** What named cues are matched with (at build time: see detect/plan.ts). */
export interface NamedCuePlan {
  /** Lower-case name → provider id, longest name first (the alternation is built from it on first use). */
  byName: [string, string][];
}

export function planNamedCues(names: ReadonlyMap<string, string>): NamedCuePlan {
  const byName = new Map<string, string>();
  for (const [name, id] of names) byName.set(name.toLowerCase(), id);
  return { byName: [...byName].sort(([a], [b]) => b.length - a.length) };
}

/**
 * Names (longest first) as one alternation. Those of 5 letters or more may carry an inflection (Polish
 * "Facebookiem", "Google'a"; not "x", "mx"): one suffix after their group, which matches as a suffix
 * on each would (they all come before the short ones), while V8 compiles its letter class once, not
 * once per name: under the i flag that took milliseconds, on any page with a "Facebook" link. An
 * empty group is one that never matches.
 */
export const nameAlternation = (byName: NamedCuePlan['byName']): string => {
  const group = (long: boolean) => byName.filter(([n]) => n.length > 4 === long).map(([n]) => escapeRegex(n).replace(/ /g, '\\s+')).join('|') || '(?!)';
  return `(?:${group(true)})(?:'?\\p{L}{1,3})?|${group(false)}`;
};

export function namedCuesFrom(plan: NamedCuePlan): NamedCues {
  const byName = new Map(plan.byName);
  const names = lazy(() => nameAlternation(plan.byName));
  const anyName = lazy(() => lexiconRegex(`${START}(?:${names()})${END}`, 'gi'));
  // A connector ("with", "mit", "z"), up to three fillers, then a name.
  const connected = lazy(() => {
    return lexiconRegex(String.raw`${START}(?:${CONNECTOR_PHRASES})\s+(?:(?:${FILLER_PHRASES})\s+){0,3}(?:${names()})${END}`);
  });

  /**
   * Names as brands: capitalised, or ending the label ("Continue with Plaid", "continue with google";
   * not "continue with plaid pattern", where the name is an ordinary word).
   */
  const brandIds = (text: string, where?: (index: number) => boolean): string[] => {
    const ids: string[] = [];
    const re = anyName();
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const first = m[0][0]!;
      const lowerCase = first === first.toLowerCase() && first !== first.toUpperCase();
      if (lowerCase && ANY_WORD_CHAR.test(text.slice(m.index + m[0].length))) continue;
      if (where && !where(m.index)) continue;
      const id = idOf(byName, m[0]);
      if (id && !ids.includes(id)) ids.push(id);
    }
    return ids;
  };

  return {
    match(text) {
      // One word ("Facebook" in a page's footer) can't be a name and a connector or verb: the regexes
      // below are built only for labels that can.
      if (!isLabelSized(text) || ONE_WORD.test(text)) return [];
      anyName().lastIndex = 0;
      if (!anyName().test(text) || NOT_PROMPT().test(text)) return [];
      const c = connected().exec(text);
      // The name right after the connector: "Continue with Google", "Mit Google anmelden".
      if (c) return brandIds(text, (i) => i >= c.index && i <= c.index + c[0].length);
      // "Google Login", "Facebook-Login": a name, then a sign-in verb, nothing more ("Sign up for Spotify" is Spotify's own).
      if (text.split(' ').length > 4) return [];
      const verb = VERB().exec(text);
      return verb ? brandIds(text, (i) => i < verb.index) : [];
    },
    mentioned: (text) => brandIds(text),
  };
}

/** The id for a matched name, inflection and all ("Facebookiem" → facebook). */
function idOf(byName: ReadonlyMap<string, string>, matched: string): string | undefined {
  const lower = matched.toLowerCase().replace(/\s+/g, ' ');
  const exact = byName.get(lower);
  if (exact) return exact;
  for (let cut = 1; cut <= 4 && cut < lower.length; cut++) {
    const id = byName.get(lower.slice(0, -cut).replace(/'$/, ''));
    if (id) return id;
  }
  return undefined;
}
