import { describe, expect, it } from 'vitest';
import { readSettings, SETTINGS_VERSION, withDecision } from '../../../src/background/settings.ts';
import { isActive } from '../../../src/shared/verdicts.ts';

const block = { site: 'budgetbuddy.example', provider: 'plaid', verdict: 'block', at: 10 };

describe('readSettings', () => {
  it('starts empty, without complaint, when nothing is stored', () => {
    expect(readSettings(undefined)).toEqual({ settings: { version: SETTINGS_VERSION, decisions: [] }, problems: [] });
  });

  it('keeps every valid decision of the current version', () => {
    const { settings, problems } = readSettings({ version: 1, decisions: [block] });
    expect(problems).toEqual([]);
    expect(settings.decisions).toEqual([block]);
  });

  it('drops only the damaged decision and says which', () => {
    const { settings, problems } = readSettings({
      version: 1,
      decisions: [block, { site: 'x.example', provider: 'plaid', verdict: 'maybe', at: 1 }, 'junk'],
    });
    expect(settings.decisions).toEqual([block]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/decisions\[1\]\.verdict: expected one of block, allow/);
  });

  it('upgrades the unversioned shape of the first builds (a map keyed by "site|provider")', () => {
    const { settings } = readSettings({ decisions: { 'quizfun.example|facebook': { verdict: 'block', at: 5 } } });
    expect(settings.decisions).toEqual([{ site: 'quizfun.example', provider: 'facebook', verdict: 'block', at: 5 }]);
  });

  it('starts afresh from a value that is not an object, and says so', () => {
    const { settings, problems } = readSettings('{"broken json');
    expect(settings.decisions).toEqual([]);
    expect(problems[0]).toMatch(/not an object/);
  });

  it('reads what it understands of settings from a newer version, and says so', () => {
    const { settings, problems } = readSettings({ version: 99, decisions: [block], somethingNew: true });
    expect(settings.decisions).toEqual([block]);
    expect(problems[0]).toMatch(/newer ShareGuard/);
  });

  it('keeps the newest of two decisions for the same site and provider', () => {
    const newer = { ...block, verdict: 'allow', at: 20 };
    expect(readSettings({ version: 1, decisions: [newer, block] }).settings.decisions).toEqual([newer]);
  });
});

describe('withDecision', () => {
  it('replaces the decision for the same site and provider, and removes it with undefined', () => {
    const one = withDecision({ version: 1, decisions: [] }, 'a.example', 'plaid', 'block', 1);
    const two = withDecision(one, 'a.example', 'plaid', 'allow', 2);
    expect(two.decisions).toEqual([{ site: 'a.example', provider: 'plaid', verdict: 'allow', at: 2 }]);
    expect(withDecision(two, 'a.example', 'plaid', undefined, 3).decisions).toEqual([]);
  });
});

describe('isActive', () => {
  it('treats a decision with an end time as over once that time has passed', () => {
    expect(isActive({ site: 's', provider: 'p', verdict: 'block', at: 0 }, 5)).toBe(true);
    expect(isActive({ site: 's', provider: 'p', verdict: 'block', at: 0, until: 10 }, 5)).toBe(true);
    expect(isActive({ site: 's', provider: 'p', verdict: 'block', at: 0, until: 10 }, 10)).toBe(false);
  });
});
