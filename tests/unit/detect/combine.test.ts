// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"disableJavaScriptFileLoading": true, "disableCSSFileLoading": true, "handleDisabledFileLoadingAsSuccess": true, "navigation": {"disableChildFrameNavigation": true, "disableChildPageNavigation": true, "disableMainFrameNavigation": true}}}
// Which provider a page's clues name, within one document and across a tab's frames.
import { describe, expect, it } from 'vitest';
import { anchorsByProvider, combine, mergeDetections, type Detection } from '../../../src/detect/index.ts';
import { providerById } from '../../../src/providers/catalog/index.ts';
import { detect, findingsFor, summary } from './helpers.ts';

const CREDENTIALS = '<h2>Select your bank</h2><form><input name="u"><input type="password" name="p"><button id="go">Log in</button></form>';

describe('one document', () => {
  it('lets a generic prompt give way to the more specific one behind it, and lends it its button', () => {
    const findings = findingsFor(`<button id="cta">Connect your bank</button>${CREDENTIALS}`);
    expect(summary(combine(findings, providerById))).toEqual({ 'bank-login-form': ['bank-credentials'] });
    expect(anchorsByProvider(findings).get('bank-login-form')?.map((e) => e.id)).toEqual(['go']);
  });

  it('keeps a sign-in and a contact upload apart: one does not explain the other', () => {
    expect(Object.keys(summary(detect('<button>Continue with Google</button><button>Find friends</button>'))).sort()).toEqual(['contact-upload-prompt', 'google']);
  });

  it('takes a label on a provider\'s consent link as that provider\'s evidence', () => {
    const [d] = detect('<a href="https://accounts.google.com/o/oauth2/v2/auth?client_id=1&scope=https://www.googleapis.com/auth/contacts.readonly">Find friends</a>');
    expect(d).toMatchObject({ provider: 'google', categories: ['contacts'], certainty: 'requested' });
    expect(d!.evidence.map((e) => e.signal).sort()).toEqual(['link', 'text']);
  });

  it('counts documentation demos as weak', () => {
    const demo = '<div class="fb-login-button" data-scope="email"></div>';
    expect(detect(demo, 'https://developers.facebook.com/docs/facebook-login/web/login-button/')).toEqual([]);
    expect(detect(demo, 'https://quiz.example/')).toHaveLength(1);
  });
});

describe('a tab\'s frames', () => {
  const d = (provider: string, kind: Detection['kind'], categories: Detection['categories'], certainty: Detection['certainty'] = 'possible'): Detection => ({
    provider,
    kind,
    categories,
    certainty,
    risk: 'high',
    scopes: [],
    evidence: [{ signal: 'text', detail: provider }],
  });

  it('drops the host page\'s stand-in when the aggregator\'s own frame reports', () => {
    const merged = mergeDetections([[d('bank-link-prompt', 'bank-link', ['balances'])], [d('plaid', 'bank-link', ['balances', 'transactions'], 'requested')]]);
    expect(merged.map((x) => x.provider)).toEqual(['plaid']);
  });

  it('lets the consent pane\'s list win over what the provider could hand over', () => {
    const merged = mergeDetections([[d('plaid', 'bank-link', ['balances', 'transactions', 'income'])], [d('plaid', 'bank-link', ['balances'], 'requested')]]);
    expect(merged).toMatchObject([{ provider: 'plaid', certainty: 'requested', categories: ['balances'] }]);
  });

  it('keeps the specific stand-in over the generic one', () => {
    const merged = mergeDetections([[d('bank-link-prompt', 'bank-link', ['balances'])], [d('bank-login-form', 'bank-link', ['bank-credentials'], 'requested')]]);
    expect(merged.map((x) => x.provider)).toEqual(['bank-login-form']);
  });
});
