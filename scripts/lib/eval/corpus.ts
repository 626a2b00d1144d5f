// The labelled eval corpus: one HTML file per case under tests/fixtures/eval/, its label in a leading
// comment so page and label travel together:
//   <!-- eval {"url": "https://…", "lang": "en", "trigger": "script", "expect": [{"provider": "plaid",
//        "kind": "bank-link", "categories": ["balances", …]}]} -->
// "expect": [] marks a negative: nothing may be detected. Template conventions the runner honours:
// <template data-frame="URL"> (a child frame's document), <template data-shadow-root> (an open shadow
// root on the parent), <template data-insert-later> (nodes the page adds after the first scan).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface ExpectedDetection {
  provider: string;
  kind: 'bank-link' | 'social-share';
  categories: string[];
}

export interface EvalCase {
  /** Path relative to the corpus root, e.g. 'bank/plaid-script.html'. */
  id: string;
  url: string;
  /** Language of the page's words (ISO 639-1), or 'none' when the case has no words that matter. */
  lang: string;
  /** Which signal the case exercises (script, frame, page-url, link, markup, text, form, consent, …). */
  trigger: string;
  expect: ExpectedDetection[];
  note?: string;
  html: string;
}

const LABEL = /^\s*<!--\s*eval\s*(\{[\s\S]*?\})\s*-->/;

export function loadCorpus(root: string): EvalCase[] {
  const files = walk(root).filter((f) => f.endsWith('.html')).sort();
  return files.map((file) => parseCase(path.relative(root, file), readFileSync(file, 'utf8')));
}

export function parseCase(id: string, html: string): EvalCase {
  const m = LABEL.exec(html);
  if (!m) throw new Error(`${id}: no leading <!-- eval {…} --> label`);
  let label: Partial<EvalCase>;
  try {
    label = JSON.parse(m[1]!) as Partial<EvalCase>;
  } catch (err) {
    throw new Error(`${id}: label is not JSON: ${(err as Error).message}`);
  }
  if (typeof label.url !== 'string' || !/^https?:\/\//.test(label.url)) throw new Error(`${id}: label needs an http(s) url`);
  if (!Array.isArray(label.expect)) throw new Error(`${id}: label needs an expect list ([] for a negative)`);
  for (const e of label.expect) {
    if (!e.provider || (e.kind !== 'bank-link' && e.kind !== 'social-share') || !Array.isArray(e.categories)) {
      throw new Error(`${id}: each expected detection needs provider, kind and categories`);
    }
  }
  return {
    id,
    url: label.url,
    lang: label.lang ?? 'en',
    trigger: label.trigger ?? 'unspecified',
    expect: label.expect,
    ...(label.note ? { note: label.note } : {}),
    html: html.slice(m[0].length),
  };
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}
