import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deriveManifest, PROVIDER_FRAMES } from '../../../scripts/lib/manifest.ts';
import { PROVIDER_HOSTS } from '../../../src/providers/frame-hosts.ts';

const source = JSON.parse(readFileSync(new URL('../../../manifest.json', import.meta.url), 'utf8'));
const HOSTS = { exact: ['cdn.plaid.com'], domains: ['facebook.com'] };
type Script = { js: string[]; matches: string[]; exclude_matches?: string[] };

describe('deriveManifest', () => {
  it('gives Chrome a service worker and no Gecko settings', () => {
    const m = deriveManifest(source, 'chrome', '1.2.3', HOSTS);
    expect(m.background).toEqual({ service_worker: 'background.js' });
    expect(m.browser_specific_settings).toBeUndefined();
    expect(m.version).toBe('1.2.3');
  });

  it('gives Firefox an event page, its add-on id and no data collection', () => {
    const m = deriveManifest(source, 'firefox', '1.2.3', HOSTS) as typeof source;
    expect(m.background).toEqual({ scripts: ['background.js'] });
    expect(m.browser_specific_settings.gecko.id).toBe('shareguard@shareguard.dev');
    expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it("gives the top frame and a provider's frames the scanner, each page one of them, and no other frame a script", () => {
    const scripts = deriveManifest(source, 'chrome', '1.2.3', HOSTS).content_scripts as Script[];
    const patterns = ['*://cdn.plaid.com/*', '*://*.facebook.com/*'];
    const [top, providers, ...others] = scripts;
    // provider-page.js first: content.js checks the page's own address only there (src/content/page-address.ts).
    expect(providers).toMatchObject({ js: ['provider-page.js', 'content.js'], matches: patterns, all_frames: true });
    expect(top).toMatchObject({ js: ['content.js'], matches: ['<all_urls>'], exclude_matches: patterns });
    expect(others).toEqual([]);
    expect(JSON.stringify(scripts)).not.toContain(PROVIDER_FRAMES);
  });

  it("lets Chrome find a page's frames through webNavigation, and leaves it out of Firefox, which names them itself", () => {
    expect(deriveManifest(source, 'chrome', '1.2.3', HOSTS).permissions).toContain('webNavigation');
    expect(deriveManifest(source, 'firefox', '1.2.3', HOSTS).permissions).not.toContain('webNavigation');
  });

  it('takes the frame hosts from the catalog: the widgets and consent pages, not script hosts', () => {
    expect(PROVIDER_HOSTS.exact).toEqual(expect.arrayContaining(['cdn.plaid.com', 'accounts.google.com']));
    expect(PROVIDER_HOSTS.domains).toContain('facebook.com');
  });

  it('leaves the source untouched', () => {
    const before = JSON.stringify(source);
    deriveManifest(source, 'chrome', '0.0.1', HOSTS);
    expect(JSON.stringify(source)).toBe(before);
  });
});

describe('the source manifest', () => {
  it('asks for no more than the permissions the README explains', () => {
    expect(source.permissions.sort()).toEqual(['declarativeNetRequest', 'scripting', 'storage', 'webNavigation']);
    expect(source.host_permissions).toEqual(['<all_urls>']);
    expect(source.optional_permissions).toBeUndefined();
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    for (const p of [...source.permissions, ...source.host_permissions]) expect(readme).toContain(`\`${p}\``);
  });

  it("runs the scanner in the top frame and a provider's frames, and nothing in any other frame until a person comes near it", () => {
    expect(source.content_scripts).toEqual([
      expect.objectContaining({ js: ['content.js'], matches: ['<all_urls>'], exclude_matches: [PROVIDER_FRAMES] }),
      expect.objectContaining({ js: ['provider-page.js', 'content.js'], matches: [PROVIDER_FRAMES], all_frames: true }),
    ]);
    expect(source.content_scripts[0].all_frames).toBeUndefined();
  });

  it('makes nothing web-accessible, so pages cannot probe for the extension', () => {
    expect(source.web_accessible_resources).toBeUndefined();
  });
});
