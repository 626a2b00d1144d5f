import { ext } from '../shared/browser.ts';
import type { Decision } from '../shared/schemas.ts';
import { SerialQueue } from './serial.ts';
import { readSettings, withDecision, type Settings } from './settings.ts';

const KEY = 'settings';
const queue = new SerialQueue();
let cache: Settings | undefined;

/** Loads settings once per background lifetime; damaged data is backed up before it is cleaned. */
export function loadSettings(): Promise<Settings> {
  return queue.run(KEY, async () => {
    if (cache) return cache;
    const raw = (await ext.storage.local.get(KEY))[KEY];
    const { settings, problems } = readSettings(raw);
    if (problems.length) {
      console.error('ShareGuard: settings needed repair:', problems.join('; '));
      // Nothing is lost: the raw value stays under a dated key for the options page to offer back.
      await ext.storage.local.set({ [`${KEY}.backup.${Date.now()}`]: raw, [KEY]: settings });
    }
    cache = settings;
    return settings;
  });
}

/**
 * Puts one decision. `enforce` runs before the save, so whatever sees the new decision (the popup, a
 * page reload) finds it already enforced.
 */
export async function setDecision(
  site: string,
  provider: string,
  verdict: Decision['verdict'] | undefined,
  enforce: (next: Settings) => Promise<void>,
): Promise<Settings> {
  await loadSettings();
  return queue.run(KEY, async () => {
    const next = withDecision(cache!, site, provider, verdict, Date.now());
    await enforce(next);
    await ext.storage.local.set({ [KEY]: next });
    cache = next;
    return next;
  });
}

/** Another context (an options import, a second window) wrote settings: read them again next time. */
export function watchSettings(onChange: () => void): void {
  ext.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !(KEY in changes)) return;
    cache = undefined;
    onChange();
  });
}
