import { describe, expect, it } from 'vitest';
import { packRule, unpackRule, type RuleEntry } from '../../../src/detect/plan.ts';
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
