/**
 * Disables the prompts of blocked providers: a click (or Enter) on them, or inside them, stops in the
 * capture phase before the page's own handlers run. Marks them for assistive tech and dims them;
 * everything is put back as it was on Allow.
 */
let blocked = new Set<Element>();
let listening = false;
const saved = new WeakMap<Element, { ariaDisabled: string | null; opacity: string; cursor: string }>();

function stop(event: Event): void {
  if (event instanceof KeyboardEvent && event.key !== 'Enter' && event.key !== ' ') return;
  for (const target of event.composedPath()) {
    if (target instanceof Element && blocked.has(target)) {
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
  }
}

export function setBlockedAnchors(next: Set<Element>): void {
  for (const el of blocked) if (!next.has(el)) restore(el);
  for (const el of next) if (!blocked.has(el)) disable(el);
  blocked = next;
  const want = blocked.size > 0;
  if (want === listening) return;
  listening = want;
  for (const type of ['click', 'auxclick', 'submit', 'keydown']) {
    if (want) window.addEventListener(type, stop, true);
    else window.removeEventListener(type, stop, true);
  }
}

function disable(el: Element): void {
  if (!(el instanceof HTMLElement)) return;
  saved.set(el, { ariaDisabled: el.getAttribute('aria-disabled'), opacity: el.style.opacity, cursor: el.style.cursor });
  el.setAttribute('aria-disabled', 'true');
  el.style.opacity = '0.45';
  el.style.cursor = 'not-allowed';
}

function restore(el: Element): void {
  const was = saved.get(el);
  if (!was || !(el instanceof HTMLElement)) return;
  if (was.ariaDisabled === null) el.removeAttribute('aria-disabled');
  else el.setAttribute('aria-disabled', was.ariaDisabled);
  el.style.opacity = was.opacity;
  el.style.cursor = was.cursor;
  saved.delete(el);
}
