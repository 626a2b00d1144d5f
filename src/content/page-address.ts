/**
 * Whether a document's own address can hold a finding: a provider's consent, sign-in or widget page,
 * all on the provider's hosts. The browser sorts pages by host for us: on those hosts the manifest
 * runs provider-page.js just before content.js (the `$provider-frames` patterns), and every other
 * top page is spared the URL rules, their parse and the first run of their code, a good part of
 * content.js's start-up on a page with nothing to warn about. A frame the background wakes gets
 * provider-page.js too: it may be a provider's frame whose manifest scripts have not run yet. A
 * page's scripts cannot set this: it lives on the isolated world's global.
 */
export const PROVIDER_PAGE = '__shareguardProviderPage';

export function isProviderPage(): boolean {
  return (globalThis as Record<string, unknown>)[PROVIDER_PAGE] === true;
}
