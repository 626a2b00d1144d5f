/**
 * The bench's web: static pages from tests/fixtures/bench plus pages generated here (megabytes of
 * markup are made, not committed), written to one folder the fixture server serves by host name.
 */
import { cp, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { articlePage } from './article.ts';
import { Markup, Random } from './markup.ts';

export const BENCH_HOST = 'bench.example';
const ORIGIN = `https://${BENCH_HOST}`;
const STATIC_DIR = fileURLToPath(new URL('../../../tests/fixtures/bench', import.meta.url));

export const ARTICLE_ELEMENTS = 20_000;
/** An ordinary story page, small enough that the sieve asks it for links at load (see src/detect/sieve.ts). */
export const PAGE_ELEMENTS = 2_000;
export const FRAME_COUNT = 50;

export const URLS = {
  /** Opened first after each switch, so no measured load pays for a cold start. */
  warmup: `${ORIGIN}/warmup.html`,
  article: `${ORIGIN}/article.html`,
  page: `${ORIGIN}/page.html`,
  feed: `${ORIGIN}/feed.html`,
  frames: `${ORIGIN}/frames.html`,
  prompt: `${ORIGIN}/prompt.html`,
};

/** Writes the bench sites into `dir` (dir/<host>/…) and returns the host names to serve. */
export async function writeBenchSites(dir: string): Promise<string[]> {
  const site = path.join(dir, BENCH_HOST);
  await mkdir(site, { recursive: true });
  await cp(STATIC_DIR, dir, { recursive: true });
  const article = articlePage(ARTICLE_ELEMENTS);
  const small = articlePage(PAGE_ELEMENTS, 7);
  await writeFile(path.join(site, 'article.html'), article.html);
  await writeFile(path.join(site, 'page.html'), small.html);
  await writeFile(path.join(site, 'warmup.html'), articlePage(300, 3).html);
  await writeFile(path.join(site, 'prompt.html'), small.html.replace('</body>', '<script src="/prompt.js"></script></body>'));
  await writeFile(path.join(site, 'frames.html'), framesPage(FRAME_COUNT));
  return [BENCH_HOST];
}

/**
 * A story page carrying `count` frames, as pages with embeds and ads do: most load a comment widget
 * from the same site, some are srcdoc ads, some are about:blank frames an ad script writes into.
 */
function framesPage(count: number): string {
  const m = new Markup(new Random(50));
  const r = m.rand;
  const srcdoc = Math.round(count / 10);
  const blank = Math.round(count / 10);
  m.raw('<!doctype html>');
  m.el('html', { lang: 'en' }, () => {
    m.el('head', {}, () => {
      m.el('meta', { charset: 'utf-8' });
      m.el('title', {}, 'Readers react to the harbour bridge vote – The Bench Daily');
      m.el('style', {}, 'iframe{display:block;width:320px;height:160px;border:0;margin:.5rem 0}');
    });
    m.el('body', {}, () => {
      m.el('h1', {}, 'Readers react to the harbour bridge vote');
      for (let i = 0; i < count; i++) {
        m.el('p', {}, r.sentence(), () => m.el('a', { href: `/2026/03/${r.slug()}` }, r.words(3)));
        if (i < count - srcdoc - blank) m.el('iframe', { src: `/frames/widget.html?n=${i}`, title: 'Comments', loading: 'eager' });
        else if (i < count - blank) m.el('iframe', { srcdoc: AD, title: 'Advertisement' });
        else m.el('iframe', { class: 'ad-slot', title: 'Advertisement' });
      }
      m.el('script', {}, () => m.raw(WRITE_ADS));
    });
  });
  return m.html();
}

const AD =
  '<a href="https://ads.example/click?campaign=spring&amp;slot=3" target="_blank"><img src="/ads/spring.png" alt="Spring sale: 20% off garden tools" width="300" height="120"></a><button type="button" aria-label="Close ad">×</button>';
/** An ad script that writes its creative into empty frames, the way many still do. */
const WRITE_ADS = `for (const f of document.querySelectorAll('iframe.ad-slot')) { const d = f.contentDocument; d.open(); d.write(${JSON.stringify(AD)}); d.close(); }`;
