// A site's own sign-in routes (relay.ts): which provider a route names, in any letter case.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { relayFrom } from '../../../src/detect/relay.ts';
import { SCANNER_PLAN } from '../../../src/detect/scanner-plan.ts';

const relay = relayFrom(SCANNER_PLAN.relay);
const providerOf = (slug: string) => SCANNER_PLAN.relay.bySlug.find(([s]) => s === slug)![1];

describe('relay routes', () => {
  const ROUTES: [string, string][] = [
    ['/users/auth/google_oauth2', 'google_oauth2'],
    ['/accounts/github/login/', 'github'],
    ['/oauth2/authorization/google', 'google'],
    ['/api/auth/signin/google?callbackUrl=%2F', 'google'],
    ['/login?connection=google-oauth2', 'google-oauth2'],
    ['/realms/x/protocol/openid-connect/auth?kc_idp_hint=facebook', 'facebook'],
    ['/auth/linkedin_openid_connect', 'linkedin_openid_connect'],
    ['/auth/google.json', 'google'],
    ['/.auth/login/facebook', 'facebook'],
    ['/signin?next=%2F&provider=github#top', 'github'],
  ];

  it('names the provider of each route shape, in any case', () => {
    for (const [route, slug] of ROUTES) {
      for (const url of [route, route.toUpperCase(), route.replace(/[a-z]/g, (c, i: number) => (i % 2 ? c.toUpperCase() : c))]) {
        expect(relay.match(url), url).toBe(providerOf(slug));
      }
    }
  });

  it('lets routes that end or explain a sign-in go', () => {
    for (const url of ['/auth/google/callback', '/users/auth/GITHUB/Callback', '/docs/auth/google', '/account/settings', '/logout?provider=google', '/2026/03/harbour']) {
      expect(relay.match(url), url).toBeUndefined();
    }
  });

  it('knows no route without slugs', () => {
    const none = relayFrom({ bySlug: [] });
    expect(none.match('/users/auth/google_oauth2')).toBeUndefined();
    expect(none.provider('google')).toBeUndefined();
  });

  it('gives the same answer whatever the letter case', () => {
    const slugs = SCANNER_PLAN.relay.bySlug.map(([s]) => s);
    const part = fc.oneof(fc.constantFrom(...slugs), fc.constantFrom('auth', 'users', 'login', 'oauth2', 'signin', 'accounts', 'connect', 'start', 'api'), fc.stringMatching(/^[a-z0-9_-]{1,8}$/));
    const url = fc.tuple(fc.array(part, { minLength: 1, maxLength: 5 }), fc.constantFrom('', '/', '?provider=google', '?connection=github', '#x', '.json')).map(([parts, end]) => `/${parts.join('/')}${end}`);
    const flips = fc.array(fc.boolean(), { minLength: 60, maxLength: 60 });
    fc.assert(
      fc.property(url, flips, (u, flip) => {
        const mixed = [...u].map((c, i) => (flip[i % flip.length] ? c.toUpperCase() : c)).join('');
        expect(relay.match(mixed), mixed).toBe(relay.match(u));
      }),
      { numRuns: 300 },
    );
  });
});
