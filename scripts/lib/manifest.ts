/** Derives each browser's manifest from the one source manifest.json. Pure, so it is unit-tested. */
export type Target = 'chrome' | 'firefox';
type Manifest = Record<string, unknown> & { background?: Record<string, unknown>; content_scripts?: Record<string, unknown>[] };

/** Hosts whose pages a provider shows in frames: exact hosts, and domains whose subdomains count too. */
export interface FrameHosts {
  exact: readonly string[];
  domains: readonly string[];
}

/**
 * Where the source manifest writes this token in a content script's matches, the build puts the
 * providers' frame hosts: the browser then picks those frames itself, and no other frame runs a line
 * of ours to ask whether it is one.
 */
export const PROVIDER_FRAMES = '$provider-frames';

/** Match patterns for the hosts (`*` covers http and https; `*.` a domain and its subdomains). */
export function framePatterns(hosts: FrameHosts): string[] {
  return [...hosts.exact.map((h) => `*://${h}/*`), ...hosts.domains.map((d) => `*://*.${d}/*`)];
}

export function deriveManifest(source: Manifest, target: Target, version: string, frameHosts: FrameHosts): Manifest {
  const m = structuredClone(source);
  m.version = version;
  const background = { ...m.background };
  if (target === 'chrome') {
    // Chrome MV3 runs the background as a service worker and knows nothing of Gecko settings.
    delete background.scripts;
    delete m.browser_specific_settings;
  } else {
    // Firefox MV3 runs background.scripts as an event page.
    delete background.service_worker;
    // Firefox names an iframe's frame itself (runtime.getFrameId); Chrome only through webNavigation,
    // whose warning Chrome folds into the all-sites one, where Firefox would add a line of its own.
    m.permissions = (m.permissions as string[]).filter((p) => p !== 'webNavigation');
  }
  m.background = background;
  const patterns = framePatterns(frameHosts);
  const expand = (list: unknown) => (Array.isArray(list) ? list.flatMap((p) => (p === PROVIDER_FRAMES ? patterns : [p])) : list);
  for (const script of m.content_scripts ?? []) {
    for (const key of ['matches', 'exclude_matches'] as const) if (key in script) script[key] = expand(script[key]);
  }
  return m;
}
