import { describe, expect, it } from 'vitest';
import { buildBlockRules, PRIORITY, ruleChanges } from '../../../src/background/block-rules.ts';
import { providerById } from '../../../src/providers/catalog/index.ts';
import type { Decision } from '../../../src/shared/schemas.ts';

const d = (over: Partial<Decision>): Decision => ({ site: 'budgetbuddy.example', provider: 'plaid', verdict: 'block', at: 0, ...over });

describe('buildBlockRules', () => {
  it('blocks a provider\'s requests made by the blocked site, and only by it', () => {
    const [rule, ...rest] = buildBlockRules([d({})], providerById, 0);
    expect(rest).toEqual([]);
    expect(rule).toMatchObject({
      id: 1,
      priority: PRIORITY.userBlock,
      action: { type: 'block' },
      condition: { initiatorDomains: ['budgetbuddy.example'], requestDomains: ['plaid.com'] },
    });
    expect(rule!.condition.resourceTypes).toEqual(expect.arrayContaining(['script', 'sub_frame', 'xmlhttprequest']));
  });

  it('stops only the consent dialog of a social provider, not the whole domain', () => {
    const [rule] = buildBlockRules([d({ site: 'quizfun.example', provider: 'facebook' })], providerById, 0);
    expect(rule!.condition.resourceTypes).toEqual(['main_frame', 'sub_frame']);
    const re = new RegExp(rule!.condition.regexFilter!);
    expect(re.test('https://www.facebook.com/v19.0/dialog/oauth?client_id=1')).toBe(true);
    expect(re.test('https://www.facebook.com/sharer/sharer.php?u=x')).toBe(false);
  });

  it('makes no rule for an allow, an expired block, an unknown provider or a site that is not a host name', () => {
    const rules = buildBlockRules(
      [
        d({ verdict: 'allow' }),
        d({ until: 5 }),
        d({ provider: 'nobody' }),
        d({ site: 'evil.example/*' }),
        d({ site: '' }),
        d({ site: 'a b.example' }),
      ],
      providerById,
      10,
    );
    expect(rules).toEqual([]);
  });

  it('numbers rules from 1 without gaps', () => {
    const rules = buildBlockRules([d({}), d({ verdict: 'allow', site: 'x.example' }), d({ site: 'othersite.example' })], providerById, 0);
    expect(rules.map((r) => r.id)).toEqual([1, 2]);
  });
});

describe('ruleChanges', () => {
  const rules = buildBlockRules([d({}), d({ site: 'othersite.example' })], providerById, 0);

  it('changes nothing when the browser holds the rules already, defaults filled in', () => {
    const back = rules.map((r) => ({ ...r, condition: { ...r.condition, isUrlFilterCaseSensitive: false } }));
    expect(ruleChanges(back, rules)).toEqual({ removeRuleIds: [], addRules: [] });
  });

  it('adds a new block without touching the blocks already in force', () => {
    expect(ruleChanges(rules.slice(0, 1), rules)).toEqual({ removeRuleIds: [], addRules: [rules[1]] });
  });

  it('removes what is no longer wanted and replaces what changed', () => {
    expect(ruleChanges(rules, rules.slice(0, 1))).toEqual({ removeRuleIds: [2], addRules: [] });
    const stale = [{ ...rules[0]!, condition: { ...rules[0]!.condition, initiatorDomains: ['x.example'] } }, rules[1]!];
    expect(ruleChanges(stale, rules)).toEqual({ removeRuleIds: [1], addRules: [rules[0]] });
  });
});
