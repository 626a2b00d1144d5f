import { alternation } from './word-sources.ts';

/**
 * A site's own route that starts an OAuth sign-in: /users/auth/google_oauth2 (OmniAuth),
 * /accounts/github/login/ (allauth), /oauth2/authorization/google (Spring), /api/auth/signin/google
 * (NextAuth), /.auth/login/aad (App Service), ?connection=google-oauth2 (Auth0), kc_idp_hint
 * (Keycloak). The shape needs no language, and the link is what the person clicks.
 */
/** Path segments that lead into a sign-in (regex sources, the words' spellings folded together). */
const ROUTE_WORDS = 'o?auth2?|log-?in|sign[-_]?(?:in|up)|register|connect|social|sso|omniauth|authori(?:zation|ze)|broker|accounts?|providers|identity|external(?:login)?|sessions?';
const ACTION_WORDS = 'log-?in|sign-?in|o?auth2?|authorize|connect|start|redirect|init';
const GATE = /auth|log-?in|sign|regist|connect|social|sso|account|provider|identit|external|session|broker|idp|strateg/i;
const QUERY_KEYS = 'provider|connection|identity_provider|(?:kc_)?idp(?:_hint)?|strategy|(?:auth|oauth|social|login)_?provider';
/** Routes that end a sign-in or live on docs and settings pages, not ones that start it. */
const NOT_A_START = /log-?out|sign-?out|callback|\/code\/|disconnect|unlink|revoke|deauthori|\/remove|\/delete|\/settings|\/docs?\/|\/documentation|\/guides?\/|\/blog\/|\/help\//i;

export interface RelayMatcher {
  /** The provider id a URL's sign-in route names, if any. */
  match(rawUrl: string): string | undefined;
  /** The provider id a slug names exactly ("google", "google-oauth2"), if any. */
  provider(slug: string): string | undefined;
}

/** The routes' provider slugs (at build time: see detect/plan.ts). */
export interface RelayPlan {
  /** Lower-case slug → provider id, longest slug first (the alternation is built from it on first use). */
  bySlug: [string, string][];
}

export function planRelay(slugs: ReadonlyMap<string, string>): RelayPlan {
  const bySlug = new Map([...slugs].map(([s, id]) => [s.toLowerCase(), id]));
  return { bySlug: [...bySlug].sort(([a], [b]) => b.length - a.length) };
}

export function relayFrom(plan: RelayPlan): RelayMatcher {
  const bySlug = new Map(plan.bySlug);
  let patterns: RegExp[] | undefined;
  // Built on first use, slugs and all: most frames never see a sign-in route. Matched against the
  // lower-cased URL (every word and slug here is lower case), not with the i flag: V8 compiled these
  // three case-insensitively in several ms, on any page with a sign-in link.
  const compile = () => {
    const slug = `(${alternation(plan.bySlug.map(([s]) => s))})`;
    return [
      String.raw`/\.?(?:${ROUTE_WORDS})/(?:[\w-]+/)?${slug}(?=[/?#.]|$)`,
      String.raw`/${slug}/(?:${ACTION_WORDS})(?=[/?#]|$)`,
      String.raw`[?&](?:${QUERY_KEYS})=${slug}(?=[&#]|$)`,
    ].map((p) => new RegExp(p));
  };
  // Cheap gate before the patterns: the URL must have a route word or query key at all (stems of them).
  return {
    // FirebaseUI names its providers by domain: data-provider-id="google.com".
    provider: (slug) => {
      const s = slug.trim().toLowerCase();
      return bySlug.get(s) ?? bySlug.get(s.replace(/\.(?:com|net|io|org)$/, ''));
    },
    match(rawUrl) {
      if (rawUrl.length > 2048 || !GATE.test(rawUrl)) return undefined;
      // Judge the route by its path: a query may well name a callback to return to.
      if (NOT_A_START.test(rawUrl.split(/[?#]/, 1)[0]!)) return undefined;
      const url = rawUrl.toLowerCase();
      // Each pattern's slug is a whole path segment or query value: with none of them a slug, none can match.
      if (!url.split(/[/?#&=.]/).some((t) => bySlug.has(t))) return undefined;
      for (const re of (patterns ??= compile())) {
        const m = re.exec(url);
        if (m?.[1]) return bySlug.get(m[1]);
      }
      return undefined;
    },
  };
}
