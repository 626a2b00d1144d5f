import { APPROACH_EVENTS, APPROACHABLE, SCANNER_RUNNING } from './approach.ts';

/**
 * frames.js, in every frame except the top one and a provider's own, which run content.js (the
 * manifest's: see scripts/lib/manifest.ts). A page may hold fifty frames,
 * nearly all ads, embeds and widgets that ask nothing, and each would pay for a scanner it never
 * uses. So a frame gets one only when a person points at or focuses something in it; until then this
 * costs two passive listeners.
 */

interface Runtime {
  sendMessage(message: unknown): Promise<unknown>;
}

if (window.top !== window) {
  const scope = globalThis as { [SCANNER_RUNNING]?: boolean; browser?: { runtime: Runtime }; chrome?: { runtime: Runtime } };
  let asked = false;
  const onApproach = (event: Event) => {
    if (asked || scope[SCANNER_RUNNING]) return;
    const target = event.composedPath()[0];
    if (!(target instanceof Element) || !target.closest(APPROACHABLE)) return;
    asked = true;
    for (const type of APPROACH_EVENTS) window.removeEventListener(type, onApproach, true);
    // The background injects content.js into this frame; it scans the frame whole.
    void (scope.browser ?? scope.chrome)!.runtime.sendMessage({ type: 'scanner/load', payload: {} }).catch(() => (asked = false));
  };
  for (const type of APPROACH_EVENTS) window.addEventListener(type, onApproach, { capture: true, passive: true });
}
