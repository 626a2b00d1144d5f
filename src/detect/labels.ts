import { isLabelSized, normalizeText } from './cues.ts';
import { MAX_CUE_TEXT } from './lexicon.ts';
import { spacedText } from './text.ts';

/** Article slugs (/2024/05/…, /how-to-link-your-bank-account): a link to reading, not a prompt. */
const EDITORIAL_HREF = /\/(?:19|20)\d\d\/|\/(?:[^/?#\s-]+-){4,}[^/?#\s-]+/;
const PROSE_PARENTS = new Set(['p', 'li', 'dd', 'td', 'blockquote', 'figcaption', 'span', 'em', 'strong', 'small']);

/**
 * The words on a clickable element: its text, else its accessible name (icon buttons); label-sized,
 * and only when it has a word some cue needs (`gate`), else ''.
 */
export function labelOf(el: Element, tag: string, gate: RegExp): string {
  let raw = tag === 'input' ? (el.getAttribute('value') ?? el.getAttribute('alt') ?? '') : (el.textContent ?? '');
  if (raw.length > MAX_CUE_TEXT * 4) return '';
  if (!gate.test(raw)) {
    // Words, but none a cue needs (most links end here); or no words: an icon's accessible name.
    if (raw.length > 40 || /\S/.test(raw)) return '';
    raw = el.getAttribute('aria-label') ?? el.getAttribute('title') ?? el.querySelector('img[alt]')?.getAttribute('alt') ?? '';
    if (!gate.test(raw)) return '';
  }
  // Words in sibling elements are often not spaced in the markup ("Sign in with Google<span>Google</span>").
  const text = normalizeText(el.childElementCount ? spacedText(el, MAX_CUE_TEXT * 4) : raw);
  return isLabelSized(text) ? text : '';
}

/** A link inside a heading, in running prose, or to an article slug: reading matter, not a prompt. */
export function readsAsArticleLink(el: Element, href: string | null, ownLength: number): boolean {
  if (href && EDITORIAL_HREF.test(href)) return true;
  if (el.closest('h1,h2,h3,h4,h5,h6')) return true;
  const parent = el.parentElement;
  if (!parent || !PROSE_PARENTS.has(parent.localName)) return false;
  // A sentence around it ("Users click … twice as often"), not a short lead-in ("Already a member?").
  return (parent.textContent ?? '').replace(/\s+/g, ' ').length - ownLength > 30;
}
