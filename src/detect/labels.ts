import { isLabelSized, normalizeText, type WordGate } from './cues.ts';
import { MAX_CUE_TEXT } from './lexicon.ts';
import { spacedText } from './text.ts';

/** Article slugs (/2024/05/…, /how-to-link-your-bank-account): a link to reading, not a prompt. */
const EDITORIAL_HREF = /\/(?:19|20)\d\d\/|\/(?:[^/?#\s-]+-){4,}[^/?#\s-]+/;
const PROSE_PARENTS = new Set(['p', 'li', 'dd', 'td', 'blockquote', 'figcaption', 'span', 'em', 'strong', 'small']);

/**
 * The words on a clickable element that some cue needs (`gate`), label-sized and normalised: its
 * text, and its accessible names (aria-label, title, an icon's alt). The names are read when the text
 * says nothing (icon buttons) or already has such a word ("Google" on a button titled "Se connecter
 * avec Google"): most elements of a page end at the first gate test.
 */
export function labelsOf(el: Element, tag: string, gate: WordGate): string[] {
  const raw = tag === 'input' ? (el.getAttribute('value') ?? el.getAttribute('alt') ?? '') : (el.textContent ?? '');
  if (raw.length > MAX_CUE_TEXT * 4) return [];
  const out: string[] = [];
  const hasWords = /\S/.test(raw);
  if (hasWords) {
    if (!gate.test(raw)) return [];
    // Words in sibling elements are often not spaced in the markup ("Sign in with Google<span>Google</span>").
    const text = normalizeText(el.childElementCount ? spacedText(el, MAX_CUE_TEXT * 4) : raw);
    if (isLabelSized(text)) out.push(text);
  }
  for (const name of [el.getAttribute('aria-label'), el.getAttribute('title'), hasWords ? null : el.querySelector('img[alt]')?.getAttribute('alt')]) {
    if (!name || !gate.test(name)) continue;
    const text = normalizeText(name);
    if (isLabelSized(text) && !out.includes(text)) out.push(text);
  }
  return out;
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
