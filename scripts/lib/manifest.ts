/** Derives each browser's manifest from the one source manifest.json. Pure, so it is unit-tested. */
export type Target = 'chrome' | 'firefox';
type Manifest = Record<string, unknown> & { background?: Record<string, unknown> };

export function deriveManifest(source: Manifest, target: Target, version: string): Manifest {
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
  }
  m.background = background;
  return m;
}
