import type { PackedEntry, PackedRule } from './plan.ts';
import type { RulePlan } from './url-rules.ts';

/**
 * The sieve: what only a provider's prompt carries in a page's markup, as selectors the engine
 * matches without any element reaching script: a script from a provider's SDK, a frame of its widget
 * or consent page, a link to its consent or bank-link page. A page it matches is read whole, at load
 * or as the page adds it (PageWatcher); on any other page, a button's words, a site's own sign-in
 * route, a form, an inline script and a provider's markup are read where a person comes near them,
 * or when the popup opens. content.js carries the sieve, built ahead; the scanner loads only when
 * there is something to read.
 *
 * Each selector is wider than its rule (the host and one piece of the path, anywhere in the address),
 * never narrower for an address written in lower case, as they are: the engine matches a
 * case-insensitive substring several times slower. Each kind is asked on its own tag (a one-off timing on
 * the bench's 20,000-element article in Chromium: scripts and frames ~0.1 ms each, as one selector
 * list ~0.6 ms; links ~4 ms, so only a document with few links is asked for them).
 */
export interface Sieve {
  scripts: string;
  frames: string;
  links: string;
}

/** The sieve, at build time (see sieve-plan.ts), from the plan's URL rules and a widget frame's markup. */
export function sieveOf(rules: RulePlan<PackedRule>, markup: readonly PackedEntry[]): Sieve {
  const scripts: string[] = [];
  // A widget's frame is known by its markup too (Plaid's frame id).
  const frames = markup.map((m) => m[0]).filter((s) => s.startsWith('iframe'));
  const links: string[] = [];
  for (const [host, entries] of [...rules.exact, ...rules.wildcard]) {
    for (const [code, path] of entries) {
      const piece = path[0] === '^' ? pieceOf(path) : path;
      const has = (attr: string) => `[${attr}*="${host}/"][${attr}*="${piece}"]`;
      // A script's rules count in a script's src; a frame's and a consent page's in a frame or a link.
      if (code[0] === 's') scripts.push(has('src'));
      else {
        frames.push(has('src'));
        links.push(has('href'));
      }
    }
  }
  return { scripts: `script:is(${scripts})`, frames: `iframe:is(${frames})`, links: `a[href^="http"]:is(${links})` };
}

/**
 * Whether `root` (a document, or a subtree the page added, itself included) holds what the sieve
 * names; frames and links are asked unless left out. A query that fails counts as a clue: then the
 * document is read.
 */
export function hasClue(root: ParentNode, sieve: Sieve, { frames = true, links = true } = {}): boolean {
  try {
    return [sieve.scripts, frames && sieve.frames, links && sieve.links].some((query) => query && ((root as Element).matches?.(query) || root.querySelector(query)));
  } catch {
    return true;
  }
}

/**
 * The longest run of plain path characters that every match of a path pattern holds
 * ('^/(v[0-9.]+/)?dialog/oauth' → 'dialog/oauth'): outside groups (optional, or one of several),
 * classes and escapes, and not made optional by ?, * or {0. '/' when there is none of four or more.
 */
export function pieceOf(pattern: string): string {
  const runs = pattern.replace(/\((?:[^()]|\([^()]*\))*\)|\[[^\]]*\]|\\.|.(?:[?*]|\{0)/g, ' ').match(/[\w/-]{4,}/g) ?? ['/'];
  return runs.reduce((a, b) => (b.length > a.length ? b : a));
}
