import type { Detection } from '../detect/types.ts';
import type { FrameView } from './protocol.ts';
import type { Decision, Verdict } from './schemas.ts';
import { siteOf } from './site.ts';

/**
 * Which decision applies to a prompt: one rule for the background's tab view and for a frame's first
 * warning, which the frame draws before the background has answered its report.
 */

/** A decision belongs to the site that asks: the tab's, or on a provider's consent page the site its redirect names. */
function decisionSite(requester: string | undefined, tabSite: string): string {
  return requester ? siteOf(`https://${requester}/`) || tabSite : tabSite;
}

export function isActive(d: Decision, now: number): boolean {
  return d.until === undefined || d.until > now;
}

/** The verdict in force for a provider on a site, if the person gave one. */
function verdictFor(decisions: readonly Decision[], site: string, provider: string, now: number): Verdict | undefined {
  return decisions.find((d) => d.site === site && d.provider === provider && isActive(d, now))?.verdict;
}

/** Detections with, per provider, the site its decision belongs to and the verdict in force there. */
export function frameView(site: string, detections: Detection[], decisions: readonly Decision[], now: number): FrameView {
  const sites: Record<string, string> = {};
  const verdicts: FrameView['verdicts'] = {};
  for (const d of detections) {
    const at = (sites[d.provider] = decisionSite(d.requester, site));
    const verdict = verdictFor(decisions, at, d.provider, now);
    if (verdict) verdicts[d.provider] = verdict;
  }
  return { site, detections, sites, verdicts };
}

/**
 * This frame's own detections with the verdicts the site's decisions give them. A prompt whose
 * decision belongs to another site (a consent page's requester) waits for the background's view.
 */
export function provisionalView(local: readonly Detection[], decided: { site: string; decisions: readonly Decision[] }, now = Date.now()): FrameView {
  const { site, decisions } = decided;
  return frameView(site, local.filter((d) => decisionSite(d.requester, site) === site), decisions, now);
}
