/**
 * The warning's host element: `<shareguard-warning>` with a closed shadow root, so page scripts can't
 * read or restyle what it shows. It sits in the top layer (a manual popover) where the browser supports
 * it, so page overlays can't cover it, and follows its anchor as the page scrolls.
 */
const WIDTH = 360;
const MARGIN = 8;

export interface WarningHost {
  root: ShadowRoot;
  host: HTMLElement;
  setAnchor(anchor: Element | null): void;
  remove(): void;
}

const HOST_STYLE: Record<string, string> = {
  position: 'fixed',
  inset: 'auto',
  margin: '0',
  padding: '0',
  border: '0',
  background: 'transparent',
  overflow: 'auto',
  width: `${WIDTH}px`,
  'max-width': `calc(100vw - ${2 * MARGIN}px)`,
  'z-index': '2147483647',
  display: 'block',
  visibility: 'visible',
  opacity: '1',
};

export function createWarningHost(): WarningHost {
  const host = document.createElement('shareguard-warning');
  const root = host.attachShadow({ mode: 'closed' });
  let anchor: Element | null = null;
  let frame = 0;
  let position = { top: MARGIN, left: MARGIN, maxHeight: 400 };
  // The style attribute as we last wrote it: anything else on it is the page's doing, and is undone.
  let ownStyle = '';
  const applyStyle = () => {
    const style = { ...HOST_STYLE, top: `${position.top}px`, left: `${position.left}px`, 'max-height': `${position.maxHeight}px` };
    // One write: each call from the content script's world into the page's costs, Firefox's most.
    host.style.cssText = Object.entries(style)
      .map(([prop, value]) => `${prop}:${value}!important`)
      .join(';');
    ownStyle = host.getAttribute('style') ?? '';
  };

  const place = () => {
    frame = 0;
    const height = host.scrollHeight;
    let top = MARGIN;
    let room = window.innerHeight - 2 * MARGIN;
    let left = window.innerWidth - WIDTH - MARGIN;
    if (anchor?.isConnected) {
      // Below the prompt when it fits or has the more room; never over the prompt itself.
      const r = anchor.getBoundingClientRect();
      const below = window.innerHeight - r.bottom - 2 * MARGIN;
      const above = r.top - 2 * MARGIN;
      if (height <= below || below >= above) {
        top = r.bottom + MARGIN;
        room = below;
      } else {
        room = above;
        top = Math.max(MARGIN, r.top - MARGIN - Math.min(height, room));
      }
      left = r.left;
    }
    left = Math.max(MARGIN, Math.min(left, window.innerWidth - WIDTH - MARGIN));
    position = { top: Math.round(top), left: Math.round(left), maxHeight: Math.max(120, Math.round(room)) };
    applyStyle();
  };
  const schedule = () => (frame ||= requestAnimationFrame(place));

  // A page that hides or detaches the warning gets it back: it is the person's, not the page's.
  const guard = new MutationObserver(() => {
    if (!host.isConnected) document.documentElement.append(host);
    if ((host.getAttribute('style') ?? '') !== ownStyle) applyStyle();
    for (const attr of ['hidden', 'inert']) if (host.hasAttribute(attr)) host.removeAttribute(attr);
    if (popover && host.getAttribute('popover') !== 'manual') host.setAttribute('popover', 'manual');
    showOnTop();
  });
  const showOnTop = () => {
    try {
      if (popover && host.isConnected && !host.matches(':popover-open')) host.showPopover();
    } catch {
      /* no popover support: z-index does the job */
    }
  };

  applyStyle();
  document.documentElement.append(host);
  const popover = 'showPopover' in host;
  if (popover) {
    host.setAttribute('popover', 'manual');
    showOnTop();
  }
  guard.observe(host, { attributes: true });
  guard.observe(document.documentElement, { childList: true });
  window.addEventListener('scroll', schedule, { capture: true, passive: true });
  window.addEventListener('resize', schedule, { passive: true });
  new ResizeObserver(schedule).observe(host);

  return {
    root,
    host,
    setAnchor(next) {
      anchor = next;
      schedule();
    },
    remove() {
      guard.disconnect();
      window.removeEventListener('scroll', schedule, { capture: true });
      window.removeEventListener('resize', schedule);
      host.remove();
    },
  };
}
