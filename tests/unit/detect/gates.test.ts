// The content script keeps a label or a form for the responder only when it has a noun and a verb of
// the prompt phrases (cues.ts); the responder then matches the phrases (phrases.ts). A phrase the
// gate misses would never be read, so: generate text from every phrase, and check the gate lets it
// through. And the gate must stay shut on the words every page has.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LETTERS, mayBePromptLabel, mayHaveBankIntent, normalizeText } from '../../../src/detect/cues.ts';
import { labelFamilies } from '../../../src/detect/phrases.ts';
import { ADD_PAYMENT, BANK_CREDENTIALS, CONTACT_UPLOAD, LANGUAGES, LINK_BANK, type Phrasebook } from '../../../src/detect/lexicon.ts';

/** The phrase as a generator can take it: letters for \p{L}, look-arounds (they only narrow) dropped. */
function generatable(phrase: string): RegExp {
  const source = phrase
    .replaceAll(String.raw`\p{L}`, `[${LETTERS}]`)
    .replace(/\(\?<?[!=](?:[^()]|\([^()]*\))*\)/g, '')
    .replaceAll(String.raw`\s`, ' ');
  return new RegExp(`^(?:${source})$`);
}

function samples(book: Phrasebook, runs = 60): { phrase: string; text: string }[] {
  const out: { phrase: string; text: string }[] = [];
  for (const lang of LANGUAGES) {
    for (const phrase of book[lang]) {
      for (const text of fc.sample(fc.stringMatching(generatable(phrase)), { numRuns: runs, seed: 42 })) out.push({ phrase, text: normalizeText(text) });
    }
  }
  return out;
}

describe('the noun-and-verb gates', () => {
  it('let every label phrase through', () => {
    for (const { phrase, text } of [...samples(LINK_BANK), ...samples(CONTACT_UPLOAD)]) expect(mayBePromptLabel(text), `${text}  ← ${phrase}`).toBe(true);
    for (const { phrase, text } of samples(ADD_PAYMENT)) expect(mayBePromptLabel(text, true), `${text}  ← ${phrase}`).toBe(true);
  });

  it('give every label phrase its family, past the family\'s noun gate', () => {
    const books = [['link-bank', LINK_BANK], ['contact-upload', CONTACT_UPLOAD], ['add-payment', ADD_PAYMENT]] as const;
    for (const [family, book] of books) for (const { phrase, text } of samples(book)) expect(labelFamilies(text), `${text}  ← ${phrase}`).toContain(family);
  });

  it('let every phrase about someone else\'s bank through, around a form', () => {
    for (const { phrase, text } of [...samples(BANK_CREDENTIALS), ...samples(LINK_BANK)]) expect(mayHaveBankIntent(text), `${text}  ← ${phrase}`).toBe(true);
  });

  it('stay shut on the labels every page has', () => {
    for (const label of ['Contact us', 'Contact', 'Kontakt', 'Contáctanos', 'Online Banking', 'Banking', 'People', 'Friends', 'Current issue', 'Savings', 'Email address', 'Share', 'Sign in', 'Reply', 'Like', 'Comment', 'Subscribe', 'Home', 'About us']) {
      expect(mayBePromptLabel(label), label).toBe(false);
    }
    for (const text of ['Online Banking Username Password Remember me Forgot your password?', 'Sign in to your account Email Password']) expect(mayHaveBankIntent(text), text).toBe(text.includes('Banking'));
  });
});
