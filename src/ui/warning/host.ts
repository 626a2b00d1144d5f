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
  all: 'initial',
  position: 'fixed',
  inset: 'auto',
  margin: '0',
  padding: '0',
  border: '0',
  background: 'transparent',
  overflow: 'visible',
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
  for (const [prop, value] of Object.entries(HOST_STYLE)) host.style.setProperty(prop, value, 'important');
  let anchor: Element | null = null;
  let frame = 0;

  const place = () => {
    frame = 0;
    const height = host.getBoundingClientRect().height;
    let top = MARGIN;
    let left = window.innerWidth - WIDTH - MARGIN;
    if (anchor?.isConnected) {
      const r = anchor.getBoundingClientRect();
      top = r.bottom + height + MARGIN <= window.innerHeight ? r.bottom + MARGIN : Math.max(MARGIN, r.top - height - MARGIN);
      left = r.left;
    }
    left = Math.max(MARGIN, Math.min(left, window.innerWidth - WIDTH - MARGIN));
    host.style.setProperty('top', `${Math.round(top)}px`, 'important');
    host.style.setProperty('left', `${Math.round(left)}px`, 'important');
  };
  const schedule = () => (frame ||= requestAnimationFrame(place));

  // A page that hides or detaches the warning gets it back: it is the person's, not the page's.
  const guard = new MutationObserver(() => {
    if (!host.isConnected) document.documentElement.append(host);
    for (const [prop, value] of Object.entries(HOST_STYLE)) {
      if (host.style.getPropertyValue(prop) !== value) host.style.setProperty(prop, value, 'important');
    }
    showOnTop();
  });
  const showOnTop = () => {
    try {
      if (!host.matches(':popover-open')) host.showPopover();
    } catch {
      /* no popover support: z-index does the job */
    }
  };

  document.documentElement.append(host);
  if ('showPopover' in host) {
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
