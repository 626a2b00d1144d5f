import { APPROACH_EVENTS, APPROACHABLE, SCANNER_RUNNING } from './approach.ts';
import { PROVIDER_HOSTS } from './provider-hosts.ts';

/**
 * frames.js, in every frame but the top one (content.js watches that). A page may hold fifty frames,
 * nearly all ads, embeds and widgets that ask nothing, and each would pay for a scanner it never
 * uses. So a frame gets one only when it is a provider's own (its address says so: Plaid's widget,
 * Google's sign-in button) or when a person points at or focuses something in it; until then this
 * costs a host lookup and two passive listeners.
 */

interface Runtime {
  sendMessage(message: unknown): Promise<unknown>;
}

if (window.top !== window) {
  const scope = globalThis as { [SCANNER_RUNNING]?: boolean; browser?: { runtime: Runtime }; chrome?: { runtime: Runtime } };
  let asked = false;
  const loadScanner = () => {
    if (asked || scope[SCANNER_RUNNING]) return;
    asked = true;
    for (const type of APPROACH_EVENTS) window.removeEventListener(type, onApproach, true);
    // The background injects content.js into this frame; it scans the frame whole.
    void (scope.browser ?? scope.chrome)!.runtime.sendMessage({ type: 'scanner/load', payload: {} }).catch(() => (asked = false));
  };
  const onApproach = (event: Event) => {
    const target = event.composedPath()[0];
    if (target instanceof Element && target.closest(APPROACHABLE)) loadScanner();
  };
  if (isProviderHost(location.hostname)) loadScanner();
  else for (const type of APPROACH_EVENTS) window.addEventListener(type, onApproach, { capture: true, passive: true });
}

function isProviderHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  if (PROVIDER_HOSTS.exact.includes(host)) return true;
  for (let d = host; d.includes('.'); d = d.slice(d.indexOf('.') + 1)) if (PROVIDER_HOSTS.domains.includes(d)) return true;
  return false;
}
