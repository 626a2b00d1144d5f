/**
 * A tiny HTML writer for the generated bench pages: it counts the elements it writes, so a page can
 * be grown to an exact size, and draws its words from a seeded generator, so every run serves the
 * same bytes.
 */
export type Attrs = Record<string, string | number | boolean | undefined>;
export type Child = string | (() => void);

export class Markup {
  private readonly parts: string[] = [];
  elements = 0;

  constructor(readonly rand: Random) {}

  /** Writes `<tag attrs>children</tag>`; a function child writes nested elements in place. */
  el(tag: string, attrs: Attrs = {}, ...children: Child[]): void {
    this.elements++;
    this.parts.push(`<${tag}${attributes(attrs)}>`);
    if (VOID.has(tag)) return;
    for (const c of children) {
      if (typeof c === 'string') this.parts.push(escapeText(c));
      else c();
    }
    this.parts.push(`</${tag}>`);
  }

  /** Raw markup the caller has already escaped (a script body, a doctype). */
  raw(html: string): void {
    this.parts.push(html);
  }

  html(): string {
    return this.parts.join('');
  }
}

const VOID = new Set(['img', 'input', 'meta', 'link', 'br', 'hr', 'source']);

function attributes(attrs: Attrs): string {
  let out = '';
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    out += value === true ? ` ${name}` : ` ${name}="${escapeAttr(String(value))}"`;
  }
  return out;
}

export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttr(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

/** Mulberry32: small, fast, and the same sequence for the same seed. */
export class Random {
  constructor(private state: number) {}

  next(): number {
    let t = (this.state += 0x6d2b79f5);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  words(n: number): string {
    return Array.from({ length: n }, () => this.pick(WORDS)).join(' ');
  }

  sentence(min = 8, max = 18): string {
    const text = this.words(this.int(min, max));
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  }

  slug(n = 5): string {
    return Array.from({ length: n }, () => this.pick(WORDS)).join('-');
  }

  title(): string {
    return this.words(this.int(4, 8)).replace(/\b\w/g, (c) => c.toUpperCase());
  }
}

/** Newsroom vocabulary: plausible text for the scanner to read, and none of it a prompt. */
const WORDS = [
  'the', 'city', 'council', 'voted', 'on', 'a', 'plan', 'to', 'rebuild', 'harbour', 'bridge', 'after', 'years', 'of',
  'delay', 'residents', 'said', 'that', 'traffic', 'had', 'doubled', 'since', 'spring', 'report', 'found', 'budget',
  'schools', 'market', 'prices', 'rose', 'in', 'march', 'while', 'farmers', 'expect', 'rain', 'later', 'this', 'week',
  'officials', 'announced', 'new', 'rules', 'for', 'cyclists', 'and', 'buses', 'museum', 'opened', 'its', 'doors',
  'with', 'an', 'exhibition', 'about', 'river', 'trade', 'historians', 'describe', 'quiet', 'revolution', 'energy',
  'grid', 'storage', 'wind', 'solar', 'panels', 'engineers', 'tested', 'prototype', 'during', 'winter', 'storms',
  'team', 'won', 'final', 'match', 'coach', 'praised', 'defence', 'fans', 'celebrated', 'downtown', 'library',
  'extended', 'hours', 'students', 'exam', 'season', 'hospital', 'nurses', 'shift', 'patients', 'waiting', 'times',
  'were', 'shorter', 'than', 'last', 'year', 'analysts', 'warned', 'inflation', 'could', 'slow', 'growth', 'by',
  'autumn', 'festival', 'music', 'food', 'stalls', 'along', 'waterfront', 'volunteers', 'cleaned', 'beach', 'morning',
];
