// @vitest-environment happy-dom
// The provider catalog is data other people edit: these checks keep every entry usable by the engine,
// the background's block rules and the UI.
import { describe, expect, it } from 'vitest';
import { isCategoryId } from '../../../src/providers/categories.ts';
import { CATALOG, STAND_IN, providerById } from '../../../src/providers/catalog/index.ts';
import type { ProviderDefinition, UrlRule } from '../../../src/providers/types.ts';

const HOST = /^(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/;
const PLAIN_HOST = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/;

const urlRules = (p: ProviderDefinition): UrlRule[] => [...(p.scripts ?? []), ...(p.frames ?? []), ...(p.authorize ?? [])];
const allCategories = (p: ProviderDefinition): string[] => [
  ...p.possible,
  ...(p.implied ?? []),
  ...(p.asks ?? []),
  ...Object.values(p.scopes ?? {}).flat(),
  ...urlRules(p).flatMap((r) => r.implies ?? []),
  ...(p.markup ?? []).flatMap((m) => m.implies ?? []),
  ...(p.calls ?? []).flatMap((c) => c.implies ?? []),
];

describe('provider catalog', () => {
  it('has unique, lower-case ids the UI and storage accept', () => {
    const ids = CATALOG.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(64);
    for (const p of CATALOG) for (const alias of p.aliases ?? []) expect(ids.includes(alias), `${p.id} alias ${alias} shadows an id`).toBe(false);
  });

  it('uses only categories of the vocabulary, and says what each provider can hand over', () => {
    for (const p of CATALOG) {
      expect(p.possible.length, p.id).toBeGreaterThan(0);
      for (const c of allCategories(p)) expect(isCategoryId(c), `${p.id}: ${c}`).toBe(true);
    }
  });

  it('keys scope maps in lower case (they are compared lower-case)', () => {
    for (const p of CATALOG) for (const key of Object.keys(p.scopes ?? {})) expect(key, p.id).toBe(key.toLowerCase());
  });

  it('has selectors that parse', () => {
    for (const p of CATALOG) {
      for (const selector of [...(p.selectors ?? []), ...(p.markup ?? []).map((m) => m.selector)]) {
        expect(() => document.querySelector(selector), `${p.id}: ${selector}`).not.toThrow();
      }
    }
  });

  it('has URL rules with valid hosts and path patterns that compile', () => {
    for (const p of CATALOG) {
      for (const rule of urlRules(p)) {
        expect(rule.host, p.id).toMatch(HOST);
        if (rule.path) expect(rule.path.startsWith('/'), `${p.id}: ${rule.path}`).toBe(true);
        if (rule.pathPattern) expect(() => new RegExp(rule.pathPattern!, 'i'), `${p.id}: ${rule.pathPattern}`).not.toThrow();
      }
    }
  });

  it('blocks plain hosts only, with RE2-safe URL filters', () => {
    for (const p of CATALOG) {
      for (const d of p.block.domains) expect(d, p.id).toMatch(PLAIN_HOST);
      const re = p.block.urlRegex;
      if (!re) continue;
      expect(() => new RegExp(re), p.id).not.toThrow();
      // declarativeNetRequest uses RE2: no look-around, no back-references.
      expect(re, p.id).not.toMatch(/\(\?[=!<]|\\[1-9]/);
      if (p.block.domains.length === 0) throw new Error(`${p.id}: a URL filter without domains`);
    }
  });

  it('names sites as plain hosts, and names and route slugs in lower case', () => {
    for (const p of CATALOG) {
      for (const site of p.sites ?? []) expect(site, p.id).toMatch(PLAIN_HOST);
      for (const n of [...(p.names ?? []), ...(p.routeSlugs ?? [])]) expect(n, p.id).toBe(n.toLowerCase());
      if (p.revokeUrl) expect(p.revokeUrl, p.id).toMatch(/^https:\/\//);
    }
  });

  it('can detect every provider by at least one signal', () => {
    const standInsTheScannerNames = new Set<string>(Object.values(STAND_IN));
    for (const p of CATALOG) {
      const signals =
        urlRules(p).filter((r) => !r.weak).length +
        (p.selectors?.length ?? 0) +
        (p.markup ?? []).filter((m) => !m.weak).length +
        (p.calls ?? []).filter((c) => !c.weak).length +
        (p.standIn ? 0 : (p.names?.length ?? 0)) +
        (p.routeSlugs?.length ?? 0) +
        (p.sites?.length ?? 0) +
        (standInsTheScannerNames.has(p.id) ? 1 : 0);
      expect(signals, `${p.id} has no signal`).toBeGreaterThan(0);
    }
  });

  it('keeps contact upload a social share, and stand-ins clearly marked', () => {
    for (const p of CATALOG) if (p.flow === 'contact-upload') expect(p.kind, p.id).toBe('social-share');
    for (const id of Object.values(STAND_IN)) expect(providerById(id)?.standIn, id).toBe(true);
  });

  it('covers every provider the issue names', () => {
    const wanted = [
      'plaid', 'stripe-financial-connections', 'mx-connect', 'finicity-mastercard', 'yodlee-fastlink', 'akoya', 'teller', 'truelayer', 'tink',
      'gocardless-bad', 'salt-edge', 'belvo', 'pluggy', 'flinks', 'mono', 'okra', 'basiq', 'fintoc', 'dwolla-iav', 'trustly', 'codat-link', 'setu-aa',
      'meta-pay', 'paypal-link-bank', 'venmo-link-bank',
      'facebook', 'instagram-login', 'google', 'microsoft', 'apple', 'linkedin', 'x-twitter', 'github', 'discord', 'tiktok', 'snapchat', 'amazon',
      'spotify', 'reddit', 'yahoo', 'slack', 'cloudsponge', 'facebook-contact-upload',
    ];
    for (const id of wanted) expect(providerById(id), id).toBeDefined();
  });
});
