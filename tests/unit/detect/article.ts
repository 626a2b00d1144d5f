// A large news article with nothing to warn about, for the performance guard: ~20,000 elements of
// the kinds real articles have (navigation, prose with inline links, figures, tables, related links,
// share links, comments, inline data scripts, a search and a newsletter form). Deterministic.
export function bigArticleHtml(targetElements = 20_000): string {
  const parts: string[] = [];
  let count = 0;
  const add = (html: string, elements: number) => {
    parts.push(html);
    count += elements;
  };
  add('<header><nav><ul>', 3);
  for (let i = 0; i < 60; i++) add(`<li><a href="/section/${i}">Section ${i}</a></li>`, 2);
  add('</ul></nav><form action="/search" role="search"><input name="q" type="search" placeholder="Search"><button>Search</button></form></header>', 3);
  add('<main><article><h1>How open banking changed budgeting apps</h1>', 3);
  let p = 0;
  while (count < targetElements - 400) {
    p++;
    // About one link per paragraph, as in a long, well-linked article.
    add(
      p % 2
        ? `<p>Paragraph ${p} talks about banks, accounts and apps. Readers who <a href="/2024/05/story-${p}">follow the story</a> will see that <em>budgeting</em> tools <strong>connect</strong> to many services.</p>`
        : `<p>Paragraph ${p} is about <em>money</em>, <strong>privacy</strong> and <span class="term">open banking</span>; see <a href="https://example.org/ref/${p}">reference ${p}</a>.</p>`,
      4,
    );
    if (p % 10 === 0) add(`<figure><img src="/img/${p}.jpg" alt="Figure ${p}"><figcaption>Figure ${p}</figcaption></figure>`, 3);
    if (p % 25 === 0) {
      let rows = '';
      for (let r = 0; r < 5; r++) rows += `<tr><td>Row ${r}</td><td>${r * p}</td><td><a href="/data/${p}/${r}">data</a></td></tr>`;
      add(`<table><tbody>${rows}</tbody></table>`, 3 + 5 * 5);
    }
    if (p % 40 === 0) add(`<h2>Part ${p / 40}</h2><ul>${'<li>Point with <span>detail</span></li>'.repeat(8)}</ul>`, 2 + 16);
  }
  add('</article><aside><h3>Related</h3><ul>', 3);
  for (let i = 0; i < 40; i++) add(`<li><a href="/2024/0${(i % 9) + 1}/related-story-about-money-number-${i}">Related story ${i}</a></li>`, 2);
  add('</ul></aside><div class="share">', 2);
  add('<a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fa">Share</a><a href="https://twitter.com/intent/tweet?url=x">Tweet</a>', 2);
  add('</div><section class="comments">', 2);
  for (let i = 0; i < 30; i++) add(`<div class="comment"><b>Reader ${i}</b><p>Comment ${i}</p><button>Reply</button></div>`, 4);
  add('</section></main><footer><form action="/newsletter"><input type="email" name="email"><button>Subscribe</button></form>', 6);
  add(`<script type="application/json" id="state">${JSON.stringify({ items: Array.from({ length: 2000 }, (_, i) => ({ id: i, title: `t${i}` })) })}</script>`, 1);
  add(`<script>window.dataLayer = window.dataLayer || []; ${'function f(){return 1}'.repeat(200)}</script>`, 1);
  add('<script src="https://www.googletagmanager.com/gtag/js?id=G-1"></script></footer>', 2);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title></head><body>${parts.join('')}</body></html>`;
}
