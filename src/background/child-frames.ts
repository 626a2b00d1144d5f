import { ext } from '../shared/browser.ts';

/** An address without its fragment: a frame that moved within its document is still the same frame. */
const withoutHash = (url: string) => url.split('#', 1)[0];

interface FrameInfo {
  frameId: number;
  parentFrameId: number;
  url: string;
}

/**
 * The frame of an iframe element, found among the parent's children by its address: Chrome has no way
 * to name it (Firefox's runtime.getFrameId). Where none has it (the frame was redirected or navigated
 * on) all the parent's children count: rare, and only when a person comes near one. The frames inside
 * come too: Chrome tells a frame nothing of a pointer that went on into a frame of its own before
 * its scanner was up.
 */
export function framesToWake(frames: readonly FrameInfo[], parentFrameId: number, url: string): number[] {
  const children = frames.filter((f) => f.parentFrameId === parentFrameId);
  // An inline frame (srcdoc, or no src) has no address of its own to give.
  const same = children.filter((f) => (url ? withoutHash(f.url) === withoutHash(url) : f.url.startsWith('about:')));
  const wake = new Set((same.length ? same : children).map((f) => f.frameId));
  // The browser lists frames in no set order: go over them until no deeper one turns up.
  for (let size = 0; size !== wake.size; ) {
    size = wake.size;
    for (const f of frames) if (wake.has(f.parentFrameId)) wake.add(f.frameId);
  }
  return [...wake];
}

export async function childFrames(tabId: number, parentFrameId: number, url: string): Promise<number[]> {
  return framesToWake((await ext.webNavigation?.getAllFrames({ tabId })) ?? [], parentFrameId, url);
}
