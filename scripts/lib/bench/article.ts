/**
 * The static page: a long news article with navigation, figures, tables, related stories, a comment
 * thread and a footer, grown to an exact element count. Every link, button, form and script is the
 * kind a scanner must look at and let go: social profile links, share links, a newsletter form, a
 * site sign-in link, JSON-LD and an analytics snippet, and nothing that asks to link a bank or to share
 * data.
 */
import { Markup, Random } from './markup.ts';

const SECTIONS = ['World', 'Business', 'Tech', 'Science', 'Health', 'Sport', 'Culture', 'Opinion', 'Travel', 'Food'];
const FOOTER_RESERVE = 260;

export function articlePage(targetElements: number, seed = 20_000): { html: string; elements: number } {
  const m = new Markup(new Random(seed));
  const r = m.rand;
  m.raw('<!doctype html>');
  m.el('html', { lang: 'en' }, () => {
    m.el('head', {}, () => {
      m.el('meta', { charset: 'utf-8' });
      m.el('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' });
      m.el('title', {}, 'Harbour bridge plan passes after years of delay – The Bench Daily');
      m.el('link', { rel: 'canonical', href: 'https://bench.example/2026/03/harbour-bridge-plan-passes-after-years-of-delay' });
      m.el('style', {}, STYLE);
      m.el('script', { type: 'application/ld+json' }, () => m.raw(JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Harbour bridge plan passes' })));
      m.el('script', {}, () => m.raw(ANALYTICS));
    });
    m.el('body', {}, () => {
      header(m);
      m.el('main', { id: 'content' }, () => {
        m.el('article', { class: 'story' }, () => {
          m.el('h1', {}, 'Harbour bridge plan passes after years of delay');
          byline(m);
          while (m.elements < targetElements - FOOTER_RESERVE - 900) section(m);
        });
        comments(m, targetElements - FOOTER_RESERVE);
      });
      footer(m, targetElements);
    });
  });
  return { html: m.html(), elements: m.elements };

  function section(m: Markup): void {
    m.el('section', { class: 'chapter' }, () => {
      m.el('h2', { id: `s${m.elements}` }, r.title());
      for (let i = r.int(3, 6); i > 0; i--) paragraph(m);
      if (r.next() < 0.5) figure(m);
      if (r.next() < 0.3) m.el('blockquote', {}, () => m.el('p', {}, r.sentence(12, 24)));
      if (r.next() < 0.4) list(m);
      if (r.next() < 0.2) table(m);
      if (r.next() < 0.3) related(m);
    });
  }

  function paragraph(m: Markup): void {
    m.el('p', {}, () => {
      for (let i = r.int(3, 5); i > 0; i--) {
        m.raw(`${r.sentence()} `);
        const roll = r.next();
        if (roll < 0.3) m.el('a', { href: `/2025/${r.int(1, 12)}/${r.slug(r.int(4, 7))}` }, r.words(r.int(2, 4)));
        else if (roll < 0.45) m.el('a', { href: `https://en.wikipedia.org/wiki/${r.pick(['Harbour', 'Bridge', 'Council', 'Tide'])}_${r.int(1, 99)}`, rel: 'noopener' }, r.words(2));
        else if (roll < 0.6) m.el('em', {}, r.words(3));
        else if (roll < 0.7) m.el('strong', {}, r.words(2));
        m.raw(' ');
      }
    });
  }

  function figure(m: Markup): void {
    m.el('figure', {}, () => {
      m.el('picture', {}, () => {
        m.el('source', { srcset: `/img/${r.int(1, 500)}.webp`, type: 'image/webp' });
        m.el('img', { src: `/img/${r.int(1, 500)}.jpg`, alt: r.words(4), loading: 'lazy', width: 800, height: 450 });
      });
      m.el('figcaption', {}, r.sentence(6, 12), () => m.el('span', { class: 'credit' }, `Photo: ${r.words(2)}`));
    });
  }

  function list(m: Markup): void {
    m.el('ul', {}, () => {
      for (let i = r.int(3, 6); i > 0; i--) m.el('li', {}, `${r.sentence(5, 9)} `, () => m.el('a', { href: `/topic/${r.pick(SECTIONS).toLowerCase()}` }, 'More'));
    });
  }

  function table(m: Markup): void {
    m.el('table', {}, () => {
      m.el('thead', {}, () => m.el('tr', {}, () => ['Year', 'Budget', 'Traffic', 'Delay'].forEach((h) => m.el('th', {}, h))));
      m.el('tbody', {}, () => {
        for (let y = 2019; y < 2026; y++) m.el('tr', {}, () => [String(y), `${r.int(10, 99)}m`, `${r.int(1, 9)}k`, `${r.int(0, 30)}d`].forEach((c) => m.el('td', {}, c)));
      });
    });
  }

  function related(m: Markup): void {
    m.el('aside', { class: 'related' }, () => {
      m.el('h3', {}, 'Related');
      for (let i = 0; i < 4; i++) {
        m.el('a', { class: 'card', href: `/2026/${r.int(1, 3)}/${r.slug(6)}` }, () => {
          m.el('img', { src: `/img/t${r.int(1, 99)}.jpg`, alt: '', width: 160, height: 90 });
          m.el('h4', {}, r.title());
          m.el('p', {}, r.sentence(6, 10));
        });
      }
      m.el('button', { type: 'button', class: 'more' }, 'Show more stories');
    });
  }

  function comments(m: Markup, until: number): void {
    m.el('section', { id: 'comments' }, () => {
      m.el('h2', {}, 'Comments');
      m.el('form', { action: '/comments', method: 'post' }, () => {
        m.el('label', { for: 'c' }, 'Your comment');
        m.el('textarea', { id: 'c', name: 'comment' });
        m.el('button', { type: 'submit' }, 'Post comment');
      });
      m.el('ol', { class: 'thread' }, () => {
        while (m.elements < until - 20) {
          m.el('li', { class: 'comment' }, () => {
            m.el('header', {}, () => {
              m.el('img', { src: `/avatars/${r.int(1, 300)}.png`, alt: '', width: 32, height: 32 });
              m.el('a', { href: `/users/${r.slug(2)}` }, r.words(2));
              m.el('time', { datetime: '2026-03-02T10:00' }, `${r.int(1, 59)} min ago`);
            });
            m.el('p', {}, r.sentence(8, 30));
            m.el('footer', {}, () => {
              m.el('button', { type: 'button', class: 'reply' }, 'Reply');
              m.el('button', { type: 'button', class: 'like', 'aria-label': 'Like this comment' }, () => m.el('span', {}, String(r.int(0, 40))));
              m.el('a', { href: `/report?c=${m.elements}`, class: 'report' }, 'Report');
            });
          });
        }
      });
      m.el('button', { type: 'button' }, 'Load more comments');
    });
  }

  function footer(m: Markup, until: number): void {
    m.el('footer', { class: 'site' }, () => {
      m.el('form', { action: '/newsletter', method: 'post', class: 'newsletter' }, () => {
        m.el('label', { for: 'email' }, 'Get the morning briefing');
        m.el('input', { id: 'email', type: 'email', name: 'email', placeholder: 'you@example.com' });
        m.el('button', { type: 'submit' }, 'Subscribe');
      });
      m.el('nav', { 'aria-label': 'Follow us' }, () => {
        for (const [name, href] of SOCIAL) m.el('a', { href, rel: 'me' }, name);
      });
      m.el('ul', { class: 'links' }, () => {
        while (m.elements < until - 4) m.el('li', {}, () => m.el('a', { href: `/about/${r.slug(2)}` }, r.title()));
        while (m.elements < until - 1) m.el('li', {}, r.title());
      });
      m.el('p', {}, '© 2026 The Bench Daily');
    });
  }
}

const SOCIAL: [string, string][] = [
  ['Facebook', 'https://www.facebook.com/benchdaily'],
  ['X', 'https://x.com/benchdaily'],
  ['Instagram', 'https://www.instagram.com/benchdaily/'],
  ['YouTube', 'https://www.youtube.com/@benchdaily'],
  ['LinkedIn', 'https://www.linkedin.com/company/benchdaily'],
];

function header(m: Markup): void {
  const r = m.rand;
  m.el('header', { class: 'masthead' }, () => {
    m.el('a', { href: '/', class: 'logo' }, 'The Bench Daily');
    m.el('nav', {}, () => {
      m.el('ul', {}, () => {
        for (const s of SECTIONS) m.el('li', {}, () => m.el('a', { href: `/${s.toLowerCase()}` }, s));
      });
    });
    m.el('form', { action: '/search', role: 'search' }, () => {
      m.el('input', { type: 'search', name: 'q', 'aria-label': 'Search' });
      m.el('button', { type: 'submit' }, 'Search');
    });
    m.el('a', { href: '/account/login?return=/2026/03/harbour', class: 'signin' }, 'Sign in');
    m.el('a', { href: '/subscribe', class: 'cta' }, `Subscribe for ${r.int(1, 3)} € a week`);
  });
}

function byline(m: Markup): void {
  const r = m.rand;
  m.el('div', { class: 'byline' }, () => {
    m.el('a', { href: '/authors/ana-lind', rel: 'author' }, 'Ana Lind');
    m.el('time', { datetime: '2026-03-02T08:00' }, '2 March 2026');
    m.el('div', { class: 'share' }, () => {
      m.el('a', { href: 'https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fbench.example%2F2026%2F03%2Fharbour' }, 'Share');
      m.el('a', { href: 'https://x.com/intent/post?url=https%3A%2F%2Fbench.example%2F2026%2F03%2Fharbour' }, 'Post');
      m.el('a', { href: 'mailto:?subject=Harbour%20bridge' }, 'Email');
      m.el('button', { type: 'button', 'aria-label': 'Save for later' }, () => m.el('svg', { width: 16, height: 16, 'aria-hidden': 'true' }));
    });
    m.el('p', { class: 'standfirst' }, r.sentence(14, 22));
  });
}

const STYLE = 'body{font:17px/1.6 Georgia,serif;max-width:44rem;margin:0 auto;padding:0 1rem}img{max-width:100%;height:auto}.masthead,nav ul{display:flex;gap:1rem;flex-wrap:wrap;list-style:none}';
const ANALYTICS = "window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());gtag('config','G-BENCH');";
