import { mergeDetections } from '../detect/merge.ts';
import type { FrameView } from '../shared/protocol.ts';
import type { Verdict } from '../shared/schemas.ts';
import { siteOf } from '../shared/site.ts';
import { decisionSite, verdictFor } from '../shared/verdicts.ts';
import type { Settings } from './settings.ts';
import { allDetections, type TabRecord } from './tab-state.ts';

/**
 * The tab as its frames and the popup see it. A decision belongs to the site that asks: the tab's own
 * site, except on a provider's consent page opened for another site (the OAuth redirect_uri names it).
 */
export function tabView(rec: TabRecord | undefined, tabUrl: string, settings: Settings, now: number): FrameView {
  const site = siteOf(tabUrl);
  const detections = mergeDetections(allDetections(rec));
  const sites: Record<string, string> = {};
  const verdicts: Record<string, Verdict> = {};
  for (const d of detections) {
    const at = (sites[d.provider] = decisionSite(d.requester, site));
    const verdict = verdictFor(settings.decisions, at, d.provider, now);
    if (verdict) verdicts[d.provider] = verdict;
  }
  return { site, detections, sites, verdicts };
}
