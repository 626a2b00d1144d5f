import {
  BANK_NOUN_STEMS,
  CONTACT_NOUN_STEMS,
  CUE_STEMS,
  CUE_VERB_STEMS,
  NAMED_CONNECTORS,
  NAMED_FILLERS,
  NOT_A_PROMPT,
  PAYMENT_STEMS,
  SIGN_IN_VERBS,
} from './lexicon.ts';
import { allPhrases, wordTrie } from './word-sources.ts';

/**
 * The lexicon's words the content script tests, as regex sources. The build replaces this module
 * with its values (like scanner-plan.ts), so every frame gets the sources and not the lexicon.
 */

/** Nouns of the provider-less prompts (bank, contacts, friends…): "contains any" sources. */
export const CUE_NOUNS = wordTrie(CUE_STEMS);
export const BANK_NOUNS = wordTrie(BANK_NOUN_STEMS);
export const CONTACT_NOUNS = wordTrie(CONTACT_NOUN_STEMS);
/** On a payment app's own site, "Add a card" links a payment method too. */
export const PAYMENT_NOUNS = wordTrie(PAYMENT_STEMS);
/** Verbs of those prompts (link, connect, find, log in…). */
export const CUE_VERBS = wordTrie(CUE_VERB_STEMS);
/** Whole-word alternations (see cues.ts for how they are bounded). */
export const NOT_A_PROMPT_PHRASES = allPhrases(NOT_A_PROMPT);
export const SIGN_IN_PHRASES = allPhrases(SIGN_IN_VERBS);
export const CONNECTOR_PHRASES = allPhrases(NAMED_CONNECTORS);
export const FILLER_PHRASES = allPhrases(NAMED_FILLERS);
