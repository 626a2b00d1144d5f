/**
 * Finding the elements worth a look without walking the page in script. Browsers answer a single
 * simple selector ('a', '#id', '.class', '[role="button"]', 'iframe[src*=…]') from fast paths, but
 * match a selector *list* element by element: on a 20,000-element article in Chromium, one list of
 * the base tags took ~5 ms and the list of provider markup ~15 ms, while the same selectors asked one
 * at a time took well under 1 ms together. So: many single queries, each cheap.
 */
/** Each tag is one walk of the page, so only tags that matter today ('area' and 'frame' do not; labels are read per form). */
const BASE_TAGS = ['a', 'button', 'input', 'script', 'iframe', 'form'];
const BASE_ROLES = ['[role="button"]', '[role="link"]'];
const BASE_TAG_SET = new Set(BASE_TAGS);
const NONE: number[] = [];

export class ElementQueries {
  /** Single query → the markup selectors (by index) whose candidates it returns. */
  private readonly markupQueries = new Map<string, number[]>();
  /** Base tag → markup selectors on that tag, checked on the elements the base walk visits anyway. */
  private readonly markupByBaseTag = new Map<string, number[]>();

  constructor(private readonly markupSelectors: readonly string[]) {
    markupSelectors.forEach((selector, i) => {
      const tag = leadingTag(selector);
      const [map, key] = tag && BASE_TAG_SET.has(tag) ? [this.markupByBaseTag, tag] : [this.markupQueries, candidateQuery(selector)];
      map.set(key, [...(map.get(key) ?? []), i]);
    });
  }

  /** Indexes of the markup selectors `el` (a visited base element, tag known) matches. */
  markupOf(el: Element, tag: string): number[] {
    const candidates = this.markupByBaseTag.get(tag);
    return candidates ? candidates.filter((i) => el.matches(this.markupSelectors[i]!)) : NONE;
  }

  /**
   * Calls `visit` once for each element under `root` (and root itself) that can be clicked, loads
   * something or holds a field, with its tag (known from the query: no per-element read).
   */
  forEachBase(root: ParentNode, visit: (el: Element, tag: string) => void): void {
    if (isElement(root)) {
      const tag = root.localName;
      if (BASE_TAG_SET.has(tag) || BASE_ROLES.some((r) => root.matches(r))) visit(root, tag);
    }
    // Indexed loops: iterating a NodeList with for…of costs several times more in Chromium.
    for (const tag of BASE_TAGS) {
      const list = root.querySelectorAll(tag);
      for (let i = 0; i < list.length; i++) visit(list[i]!, tag);
    }
    for (const role of BASE_ROLES) {
      const list = root.querySelectorAll(role);
      for (let i = 0; i < list.length; i++) {
        const el = list[i]!;
        const tag = el.localName;
        if (!BASE_TAG_SET.has(tag)) visit(el, tag);
      }
    }
  }

  /** Elements under `root` (and root itself) that carry `attr`. */
  withAttribute(root: ParentNode, attr: string): Element[] {
    const found = [...root.querySelectorAll(`[${attr}]`)];
    if (isElement(root) && root.hasAttribute(attr)) found.push(root);
    return found;
  }

  /** Elements under `root` (and root itself) matching provider markup, with the index of the selector each matches. */
  markupHits(root: ParentNode): [Element, number][] {
    const hits: [Element, number][] = [];
    for (const [query, indexes] of this.markupQueries) {
      const candidates = [...root.querySelectorAll(query)];
      if (isElement(root) && root.matches(query)) candidates.push(root);
      for (const el of candidates) for (const i of indexes) if (el.matches(this.markupSelectors[i]!)) hits.push([el, i]);
    }
    return hits;
  }
}

/**
 * The cheapest single selector that finds every element a markup selector could match: its id, its
 * first class, or its tag; the selector itself when it has none of those ('[data-x]').
 */
export function candidateQuery(selector: string): string {
  const id = /#([\w-]+)/.exec(selector);
  if (id && !selector.includes(' ')) return `#${id[1]}`;
  const cls = /\.([\w-]+)/.exec(selector);
  if (cls && !selector.includes(' ')) return `.${cls[1]}`;
  return leadingTag(selector) ?? selector;
}

function leadingTag(selector: string): string | undefined {
  return /^([a-z][a-z0-9-]*)(?=[[:.#]|$)/i.exec(selector)?.[1]?.toLowerCase();
}

function isElement(node: ParentNode): node is Element {
  return (node as Node).nodeType === 1;
}
