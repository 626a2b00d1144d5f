import { describe, expect, it } from 'vitest';
import { provisionalView } from '../../../src/shared/verdicts.ts';
import type { Detection } from '../../../src/detect/types.ts';
import type { Decision } from '../../../src/shared/schemas.ts';

const SITE = 'budgetbuddy.example';
const detection = (provider: string, requester?: string): Detection => ({
  provider,
  kind: provider === 'plaid' ? 'bank-link' : 'social-share',
  categories: ['balances'],
  certainty: 'possible',
  risk: 'high',
  scopes: [],
  evidence: [{ signal: 'script', detail: provider }],
  ...(requester ? { requester } : {}),
});
const decided = (decisions: Decision[]) => ({ site: SITE, decisions });

describe('provisionalView (the first warning, before the background answers)', () => {
  it('gives each prompt the verdict the site\'s decision gives it, and none without one', () => {
    const view = provisionalView([detection('plaid'), detection('facebook')], decided([{ site: SITE, provider: 'plaid', verdict: 'block', at: 1 }]));
    expect(view).toEqual({
      site: SITE,
      detections: [detection('plaid'), detection('facebook')],
      sites: { plaid: SITE, facebook: SITE },
      verdicts: { plaid: 'block' },
    });
  });

  it('ignores a decision that has run out, or that belongs to another site or provider', () => {
    const view = provisionalView(
      [detection('plaid')],
      decided([
        { site: SITE, provider: 'plaid', verdict: 'allow', at: 1, until: 500 },
        { site: 'elsewhere.example', provider: 'plaid', verdict: 'allow', at: 1 },
        { site: SITE, provider: 'facebook', verdict: 'allow', at: 1 },
      ]),
      1000,
    );
    expect(view.verdicts).toEqual({});
    expect(provisionalView([detection('plaid')], decided([{ site: SITE, provider: 'plaid', verdict: 'allow', at: 1, until: 5000 }]), 1000).verdicts).toEqual({
      plaid: 'allow',
    });
  });

  it('leaves out a prompt whose decision belongs to the site that asks (a consent page), to wait for the tab\'s view', () => {
    const view = provisionalView([detection('facebook', 'quizfun.example'), detection('plaid', SITE)], decided([]));
    expect(view.detections.map((d) => d.provider)).toEqual(['plaid']);
  });
});
