import { decision, type Decision } from '../shared/schemas.ts';
import { ValidationError } from '../shared/validate.ts';

/**
 * The user's settings as stored in storage.local. Versioned: every older shape is upgraded by the
 * ordered migrations below, and a damaged entry is dropped on its own — the rest survives.
 */
export const SETTINGS_VERSION = 1;

export interface Settings {
  version: typeof SETTINGS_VERSION;
  decisions: Decision[];
}

export const emptySettings = (): Settings => ({ version: SETTINGS_VERSION, decisions: [] });

/** Each migration takes the stored object of version N-1 (loosely typed: it is old data) to version N. */
const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  // Version 0 is "no version field": the shape of the first development builds, decisions keyed by "site|provider".
  1: (old) => {
    if (Array.isArray(old.decisions)) return { ...old, version: 1 };
    const map = typeof old.decisions === 'object' && old.decisions !== null ? (old.decisions as Record<string, unknown>) : {};
    const decisions = Object.entries(map).map(([key, value]) => {
      const [site, provider] = key.split('|');
      return { site, provider, ...(typeof value === 'object' ? value : { verdict: value }) };
    });
    return { ...old, version: 1, decisions };
  },
};

export interface LoadResult {
  settings: Settings;
  /** Plain-language problems found; when non-empty the caller keeps a backup of the raw data. */
  problems: string[];
}

/** Reads whatever was stored (possibly nothing, possibly junk) into valid settings, keeping all it can. */
export function readSettings(raw: unknown): LoadResult {
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { settings: emptySettings(), problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { settings: emptySettings(), problems: ['settings are not an object; started afresh'] };
  }
  let data = raw as Record<string, unknown>;
  const from = typeof data.version === 'number' ? data.version : 0;
  if (from > SETTINGS_VERSION) {
    problems.push(`settings are from a newer ShareGuard (version ${from}); reading what this version understands`);
  }
  for (let v = from + 1; v <= SETTINGS_VERSION; v++) data = MIGRATIONS[v]!(data);

  const decisions: Decision[] = [];
  const list = Array.isArray(data.decisions) ? data.decisions : [];
  if (!Array.isArray(data.decisions)) problems.push('decisions were not a list');
  list.forEach((item, i) => {
    try {
      decisions.push(decision(item, `decisions[${i}]`));
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      problems.push(`dropped a damaged decision: ${e.message}`);
    }
  });
  return { settings: { version: SETTINGS_VERSION, decisions: dedupe(decisions) }, problems };
}

/** One decision per site and provider: the newest wins. */
function dedupe(decisions: Decision[]): Decision[] {
  const byKey = new Map<string, Decision>();
  for (const d of decisions) {
    const key = `${d.site} ${d.provider}`;
    const had = byKey.get(key);
    if (!had || had.at <= d.at) byKey.set(key, d);
  }
  return [...byKey.values()];
}

/** The settings with one decision put (or, with verdict undefined, taken away). */
export function withDecision(
  settings: Settings,
  site: string,
  provider: string,
  verdict: Decision['verdict'] | undefined,
  now: number,
): Settings {
  const rest = settings.decisions.filter((d) => d.site !== site || d.provider !== provider);
  return { ...settings, decisions: verdict ? [...rest, { site, provider, verdict, at: now }] : rest };
}
