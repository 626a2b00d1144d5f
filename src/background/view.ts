import { mergeDetections } from '../detect/merge.ts';
import type { FrameView } from '../shared/protocol.ts';
import { siteOf } from '../shared/site.ts';
import { frameView } from '../shared/verdicts.ts';
import type { Settings } from './settings.ts';
import { allDetections, type TabRecord } from './tab-state.ts';

/**
 * The tab as its frames and the popup see it. A decision belongs to the site that asks: the tab's own
 * site, except on a provider's consent page opened for another site (the OAuth redirect_uri names it).
 */
export function tabView(rec: TabRecord | undefined, tabUrl: string, settings: Settings, now: number): FrameView {
  return frameView(siteOf(tabUrl), mergeDetections(allDetections(rec)), settings.decisions, now);
}
