import { mergeDetections } from '../detect/merge.ts';
import type { FrameView } from '../shared/protocol.ts';
import type { Verdict } from '../shared/schemas.ts';
import { siteOf } from '../shared/site.ts';
import { isActive, type Settings } from './settings.ts';
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
    const decisionSite = d.requester ? siteOf(`https://${d.requester}/`) || site : site;
    sites[d.provider] = decisionSite;
    const decision = settings.decisions.find((x) => x.site === decisionSite && x.provider === d.provider && isActive(x, now));
    if (decision) verdicts[d.provider] = decision.verdict;
  }
  return { site, detections, sites, verdicts };
}
