import type { Detection } from '../detect/types.ts';
import { ext } from '../shared/browser.ts';
import { SerialQueue } from './serial.ts';

/**
 * What each tab's frames reported, in storage.session: it outlives a service-worker or event-page
 * restart and is gone with the browser session. Frames are keyed by frameId.
 */
export interface TabRecord {
  url: string;
  frames: Record<string, { doc: string; url: string; detections: Detection[] }>;
}

const queue = new SerialQueue();
const key = (tabId: number) => `tab:${tabId}`;

export async function getTab(tabId: number): Promise<TabRecord | undefined> {
  return (await ext.storage.session.get(key(tabId)))[key(tabId)] as TabRecord | undefined;
}

/** Read-modify-write of one tab's record, serialised per tab. Returning undefined deletes it. */
export function updateTab(tabId: number, change: (rec: TabRecord | undefined) => TabRecord | undefined): Promise<TabRecord | undefined> {
  return queue.run(key(tabId), async () => {
    const next = change(await getTab(tabId));
    if (next) await ext.storage.session.set({ [key(tabId)]: next });
    else await ext.storage.session.remove(key(tabId));
    return next;
  });
}

/** A frame's report replaces what that frame said before; an empty list removes the frame. */
export function withFrameReport(
  rec: TabRecord | undefined,
  tabUrl: string,
  frameId: number,
  report: { doc: string; url: string; detections: Detection[] },
): TabRecord | undefined {
  const frames = { ...rec?.frames };
  if (report.detections.length) frames[frameId] = report;
  else delete frames[frameId];
  return Object.keys(frames).length ? { url: tabUrl, frames } : undefined;
}

export function allDetections(rec: TabRecord | undefined): Detection[][] {
  return Object.values(rec?.frames ?? {}).map((f) => f.detections);
}
