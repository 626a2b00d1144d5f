// Keeps the UI strings and the code in step: every key the code asks for exists in English, and
// every data category and evidence signal has its words.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS, categoryMessageKey } from '../../../src/providers/categories.ts';

const root = new URL('../../../', import.meta.url).pathname;
const messages = JSON.parse(readFileSync(join(root, 'public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('UI strings', () => {
  it('has every literal key the code passes to t()', () => {
    const keys = sources(join(root, 'src')).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\bt\('([a-z_]+)'/g)].map((m) => m[1]!));
    expect(keys.length).toBeGreaterThan(10);
    expect(keys.filter((k) => !messages[k])).toEqual([]);
  });

  it('names and explains every data category', () => {
    const missing = CATEGORY_IDS.flatMap((id) => [categoryMessageKey(id), `${categoryMessageKey(id)}_why`]).filter((k) => !messages[k]?.message);
    expect(missing).toEqual([]);
  });

  it('explains every kind of evidence and every risk level', () => {
    const signals = ['page-url', 'script', 'frame', 'link', 'form', 'markup', 'text', 'consent-pane'];
    const keys = [...signals.map((s) => `evidence_${s.replace('-', '_')}`), 'risk_low', 'risk_medium', 'risk_high', 'decision_block', 'decision_allow'];
    expect(keys.filter((k) => !messages[k])).toEqual([]);
  });

  it('uses message names the browsers accept', () => {
    expect(Object.keys(messages).filter((k) => !/^[A-Za-z0-9_@]+$/.test(k))).toEqual([]);
  });
});
