import { CONTACT_NOUNS } from './cue-words.ts';
import { BANK_GATE, END, LETTERS, PAYMENT_GATE, anywhereRegex, contains, lazy, lexiconRegex, type WordGate } from './cues.ts';
import { ADD_PAYMENT, BANK_CREDENTIALS, CONTACT_UPLOAD, LANGUAGES, LINK_BANK, type Phrasebook } from './lexicon.ts';

/**
 * The phrasebooks, matched in the responder: the content script has already picked the few labels and
 * forms worth it (cues.ts gates), so the phrases load only in frames that found something.
 */

/** A label may open with punctuation, an icon's text, or one filler word ("Securely link…"). */
const LABEL_OPENING = String.raw`^[^${LETTERS}0-9]*(?:(?:please|now|securely|instantly|quickly|easily|click\s+to|tap\s+to|or|ahora|o|maintenant|ou|jetzt|bitte|oder|agora|ora|nu|of|teraz|lub)\s+)?`;

/**
 * Case-insensitive regexes for a label that starts with one of the phrases, one per language, each
 * compiled the first time a label gets that far: a browser takes milliseconds over each, and the
 * warning waits for them. An English label compiles only the English phrases.
 */
const labelRegexes = (book: Phrasebook) =>
  LANGUAGES.filter((l) => book[l].length).map((l) => lazy(() => lexiconRegex(`${LABEL_OPENING}(?:${book[l].join('|')})${END}`)));

/** The shapes of provider-less prompt a label can have. */
export type CueFamily = 'link-bank' | 'contact-upload' | 'add-payment';

/** Each family's phrases hold one of its nouns (tests/unit/detect/gates.test.ts), so a label without them skips the family's regexes. */
const FAMILIES: [CueFamily, () => WordGate, (() => RegExp)[]][] = [
  ['link-bank', BANK_GATE, labelRegexes(LINK_BANK)],
  ['contact-upload', contains(CONTACT_NOUNS), labelRegexes(CONTACT_UPLOAD)],
  ['add-payment', PAYMENT_GATE, labelRegexes(ADD_PAYMENT)],
];
const BANK_INTENT = lazy(() => anywhereRegex(LINK_BANK, BANK_CREDENTIALS));

/** The provider-less prompt families a (normalised, label-sized) label opens with. */
export function labelFamilies(text: string): CueFamily[] {
  const out: CueFamily[] = [];
  for (const [family, nouns, phrases] of FAMILIES) if (nouns().test(text) && phrases.some((regex) => regex().test(text))) out.push(family);
  return out;
}

/** True when text around a form says the bank being asked about is someone else's (linking, "your bank's password"). */
export function hasBankIntent(text: string): boolean {
  return BANK_INTENT().test(text);
}
