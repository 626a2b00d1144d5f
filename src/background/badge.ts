import { ext } from '../shared/browser.ts';
import type { FrameView } from '../shared/protocol.ts';

const COLOR = { warn: '#b3261e', blocked: '#5f6368' } as const;

/** The number of prompts in the tab; grey once every one of them is blocked. */
export async function showBadge(tabId: number, view: FrameView): Promise<void> {
  const count = view.detections.length;
  const allBlocked = count > 0 && view.detections.every((d) => view.verdicts[d.provider] === 'block');
  await ext.action.setBadgeText({ tabId, text: count ? String(count) : '' });
  if (count) await ext.action.setBadgeBackgroundColor({ tabId, color: allBlocked ? COLOR.blocked : COLOR.warn });
}
