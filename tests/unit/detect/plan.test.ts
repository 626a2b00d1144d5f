import { describe, expect, it } from 'vitest';
import { callsFrom } from '../../../src/detect/calls.ts';
import { packRule, planScanner, unpackProvider, unpackRule, type RuleEntry } from '../../../src/detect/plan.ts';
import { DETECTION_CATALOG } from '../../../src/providers/detection-catalog.ts';

/** Every URL rule of the catalog as the scanner reads it. */
const entries: RuleEntry[] = DETECTION_CATALOG.flatMap((p, provider) =>
  (['scripts', 'frames', 'authorize'] as const).flatMap((list) =>
    (p[list] ?? []).map(({ host: _host, ...rule }) => ({ type: ({ scripts: 'script', frames: 'frame', authorize: 'authorize' } as const)[list], provider, rule })),
  ),
);

describe('packed URL rules', () => {
  it('unpack to what the catalog says, for every rule of it', () => {
    expect(entries.length).toBeGreaterThan(50);
    for (const entry of entries) {
      // Only what the scanner matches on travels: a consent URL's scope parameters are read in the responder.
      const { path, pathPattern, requireAnyParam, implies, weak } = entry.rule;
      const wanted = { ...entry, rule: Object.fromEntries(Object.entries({ path: pathPattern ? undefined : (path ?? '/'), pathPattern, requireAnyParam, implies, weak }).filter(([, v]) => v !== undefined)) };
      expect(unpackRule(packRule(entry))).toEqual(wanted);
    }
  });

  it('refuses a path pattern that would read as a path', () => {
    expect(() => packRule({ type: 'frame', provider: 0, rule: { pathPattern: '/v\\d+/dialog' } })).toThrow(/must start with \^/);
  });
});

describe('packed markup and calls', () => {
  const plan = planScanner(DETECTION_CATALOG);

  it("keep each markup rule's selector, provider, weakness and categories", () => {
    const catalog = DETECTION_CATALOG.flatMap((p, provider) => [...(p.selectors ?? []).map((selector) => ({ selector, provider })), ...(p.markup ?? []).map((m) => ({ ...m, provider }))]);
    expect(catalog.some((m) => 'weak' in m && m.weak)).toBe(true);
    expect(plan.markup.map(([selector, provider, weak, implies]) => ({ selector, provider, ...(weak ? { weak: true } : {}), ...(implies ? { implies } : {}) }))).toEqual(catalog);
  });

  it('find each SDK call of the catalog as its provider’s, with its weakness and categories', () => {
    const calls = callsFrom(plan.calls, () => plan.providers.map(unpackProvider));
    const rules = DETECTION_CATALOG.flatMap((p) => (p.calls ?? []).map((rule) => ({ id: p.id, rule })));
    expect(rules.length).toBeGreaterThan(20);
    for (const { id, rule } of rules) {
      const [hit] = calls(`x = 1; ${rule.call}({ key: 'k' });`);
      expect({ id: hit?.provider.id, rule: hit?.rule }).toEqual({ id, rule: { call: rule.call, ...(rule.weak ? { weak: true } : {}), ...(rule.implies ? { implies: rule.implies } : {}) } });
    }
  });

  it('find nothing in code that names no call, or in a plan without calls', () => {
    const calls = callsFrom(plan.calls, () => plan.providers.map(unpackProvider));
    expect(calls("window.dataLayer = []; gtag('config', 'G-1'); Plaid.createLink; myPlaid.create({})")).toEqual([]);
    expect(calls('Plaid .create({}); Plaid.create ({ token })').map((h) => h.rule.call)).toEqual(['Plaid.create']);
    expect(callsFrom([], () => [])('Plaid.create({})')).toEqual([]);
  });

  it('unpack the providers only once a script names a call', () => {
    let unpacked = 0;
    const calls = callsFrom(plan.calls, () => (unpacked++, plan.providers.map(unpackProvider)));
    calls("gtag('config', 'G-1')");
    expect(unpacked).toBe(0);
    expect(calls('Plaid.create({}); FB.login(cb)').map((h) => h.provider.id)).toEqual(['plaid', 'facebook']);
    calls('Plaid.create({})');
    expect(unpacked).toBe(1);
  });
});
