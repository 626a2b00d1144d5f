import type { ContentRuntime } from './runtime.ts';

/**
 * How the background finds the frame of an iframe element to load a scanner into: Firefox names it;
 * Chrome cannot, so its background looks among the sender's frames for the frame's address (an
 * inline frame, without one, is found among those at about:).
 */
export function frameAddress(frame: HTMLIFrameElement | HTMLFrameElement, rt: Pick<ContentRuntime, 'getFrameId'>): { url: string; frameId?: number } {
  return { url: frame.src, frameId: rt.getFrameId?.(frame) };
}
