// The names a sign-in label may carry ("Continue with Facebook", "Kontynuuj z Facebookiem") as one
// regex source (cues.ts, nameAlternation): it must match exactly what a suffix on each long name
// matched, with the suffix's letter class written once (V8 took milliseconds to
// compile one per name).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { END, lexiconRegex, nameAlternation, namedCuesFrom, START } from '../../../src/detect/cues.ts';
import { SCANNER_PLAN } from '../../../src/detect/scanner-plan.ts';
import { escapeRegex } from '../../../src/detect/word-sources.ts';

/** The specification: every name escaped, a long one (≥ 5 characters) followed by its own optional inflection. */
const suffixEach = (names: readonly string[]) =>
  names.map((n) => escapeRegex(n).replace(/ /g, String.raw`\s+`) + (n.length >= 5 ? String.raw`(?:'?\p{L}{1,3})?` : '')).join('|');

const pairs = (names: readonly string[]) => names.map((n): [string, string] => [n, n]);
const matches = (source: string, text: string) => [...text.matchAll(lexiconRegex(`${START}(?:${source})${END}`, 'gi'))].map((m) => [m.index, m[0]]);

const PLAN = SCANNER_PLAN.named;
const NAMES = PLAN.byName.map(([n]) => n);

describe('nameAlternation', () => {
  it('writes the inflection once', () => {
    expect(nameAlternation(PLAN.byName).split(String.raw`\p{L}`)).toHaveLength(2);
  });

  it('matches what a suffix on each long name matches, in the catalog’s names', () => {
    const casing = fc.constantFrom((s: string) => s, (s: string) => s.toUpperCase(), (s: string) => s[0]!.toUpperCase() + s.slice(1));
    const word = fc.oneof(
      fc.tuple(fc.constantFrom(...NAMES), casing).map(([n, c]) => c(n)),
      fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom('', "'", "'a", 'iem', 'em', 'ie', 'a', 'ą', 'owi', 'four', 's-x')).map(([n, s]) => n + s),
      fc.constantFrom('with', 'mit', 'z', 'sign in', 'x', 'mx', 'continue', 'login'),
      fc.stringMatching(/^[a-zA-Zé']{1,6}$/),
    );
    const label = fc.array(word, { minLength: 1, maxLength: 6 }).chain((words) => fc.constantFrom(' ', '  ', '-', '.').map((sep) => words.join(sep)));
    const spec = suffixEach(NAMES);
    const built = nameAlternation(PLAN.byName);
    fc.assert(
      fc.property(label, (text) => {
        expect(matches(built, text), text).toEqual(matches(spec, text));
      }),
      { numRuns: 400 },
    );
  });

  it('keeps the order: a long name before a short one it starts with', () => {
    const names = ['google pay', 'google', 'goog', 'x'];
    for (const text of ['Google Pay', 'Googleem', 'goog', 'Mit X', 'Google Payments']) expect(matches(nameAlternation(pairs(names)), text)).toEqual(matches(suffixEach(names), text));
  });

  it('handles plans with only long or only short names', () => {
    for (const [names, text, found] of [[['x'], 'Mit X', ['X']], [['plaid'], 'plaid plaids pla', ['plaid', 'plaids']], [[], 'a b plaid', []]] as const) {
      expect(matches(nameAlternation(pairs(names)), text).map(([, m]) => m)).toEqual(found);
    }
  });

  it('names nothing from a plan without names', () => {
    const none = namedCuesFrom({ byName: [] });
    expect(none.match('Continue with Facebook')).toEqual([]);
    expect(none.mentioned('Facebook X Plaid')).toEqual([]);
  });

  it('reads a one-word label as naming no sign-in, and a name joined to a verb as one', () => {
    const named = namedCuesFrom(PLAN);
    for (const label of ['Facebook', 'LinkedIn', 'Facebookiem', 'GitHub2']) expect(named.match(label), label).toEqual([]);
    expect(named.match('Facebook-Login')).toEqual(['facebook']);
    expect(named.match('Google Login')).toEqual(['google']);
  });
});
