// The content script tests words through prefix-factored regexes built at build time (word-sources.ts),
// lowering the text rather than compiling them case-insensitively (cues.ts, wordGate): each must
// accept exactly the texts the plain case-insensitive "any of these words" alternation accepts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordGate } from '../../../src/detect/cues.ts';
import { CUE_STEMS, CUE_VERB_STEMS } from '../../../src/detect/lexicon.ts';
import { alternation as escapedAlternation, escapeRegex, wordTrie } from '../../../src/detect/word-sources.ts';

const alternation = (words: readonly string[]) => new RegExp(words.map(escapeRegex).join('|'), 'i');

describe('alternation', () => {
  it('is the words escaped one by one, joined', () => {
    const words = fc.array(fc.string({ unit: fc.constantFrom('a', '.', '*', '(', ')', '|', '[', ']', '\\', '/', '$', '^', '?', '+', '{', '}', ' ') }), { maxLength: 8 });
    fc.assert(
      fc.property(words, (list) => {
        expect(escapedAlternation(list)).toBe(list.map(escapeRegex).join('|'));
      }),
    );
  });

  it('matches each word literally, and only whole alternatives', () => {
    const re = new RegExp(`^(?:${escapedAlternation(['FB.login', 'a|b', 'Plaid.create'])})$`);
    expect(['FB.login', 'a|b', 'Plaid.create'].every((w) => re.test(w))).toBe(true);
    expect(re.test('FBxlogin')).toBe(false);
    expect(re.test('a')).toBe(false);
  });
});

describe('wordTrie', () => {
  it('factors shared prefixes and drops words that contain another', () => {
    expect(wordTrie(['bank', 'banc', 'banking', 'belvo'])).toBe('b(?:an(?:c|k)|elvo)');
    expect(wordTrie(['login', 'log', 'blog'])).toBe('log');
  });

  it('matches what the alternation of the words matches', () => {
    const words = fc.array(fc.stringMatching(/^[a-dA-DéÉ .]{1,5}$/), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(words, fc.array(fc.stringMatching(/^[a-eA-EéÉ .]{0,12}$/), { maxLength: 20 }), (list, texts) => {
        const trie = wordGate(wordTrie(list));
        const plain = alternation(list);
        for (const text of texts) expect(trie.test(text)).toBe(plain.test(text));
      }),
    );
  });

  it('agrees with the alternation on the lexicon and on text made from it', () => {
    for (const words of [CUE_STEMS, CUE_VERB_STEMS]) {
      const trie = wordGate(wordTrie(words));
      const plain = alternation(words);
      const texts = [...words, ...words.map((w) => `xx ${w.toUpperCase()} yy`), ...words.map((w) => w.slice(0, -1)), 'nothing to see here'];
      for (const text of texts) expect(trie.test(text), text).toBe(plain.test(text));
    }
  });
});
