/**
 * Finding the elements worth a look without walking the page in script. Measured as added script time
 * on a loaded 20,000-element article in Chromium on a slow 2-core machine: the first walk of the
 * document ~0.9 ms (cold memory), each further single-tag walk ~0.3 ms, [role=button] ~0.7 ms, an
 * id (getElementById) or an attribute nobody uses ([data-provider]) next to nothing; a selector
 * *list* is matched element by element and costs several walks (six tags ~3.3 ms against ~2.1 ms
 * asked one by one). Every element touched from script costs ~1 µs more the first time (the isolated
 * world makes it a wrapper): 5,000 links, 7 ms. So: few single queries, and a light look for big
 * documents (see Depth).
 */
/** Each tag is a walk of the page. Forms are reached from their fields and buttons, frames walked only when the window has any. */
const BASE_TAGS = ['a', 'button', 'input', 'script', 'iframe', 'frame'];
const LIGHT_TAGS = ['iframe', 'frame'];
const FRAME_TAGS = new Set(['iframe', 'frame']);
const BASE_ROLES = ['[role=button]', '[role=link]'];
const BASE_TAG_SET = new Set([...BASE_TAGS, 'form']);
const NONE: number[] = [];

/**
 * How much of a root to walk. 'full': everything a prompt can be. 'light', for documents too big to
 * walk whole at load: the frames of a window that has any (a provider's widget is a frame).
 * 'quiet', for a subtree the page inserts whose words hold none a cue needs (a feed's post): the
 * subtree's root (an SDK inserts its script or frame as one) and the frames in it, not its links,
 * buttons and fields, each of which would cost a touch. What a light or quiet look leaves out is
 * checked when a person points at it or focuses it (the watcher), and where it leads when it opens.
 */
export type Depth = 'full' | 'light' | 'quiet';

export interface MarkupPlan {
  /** Base tag → markup selectors on that tag, checked on the elements the base walk visits anyway. */
  byBaseTag: [string, number[]][];
  /** Single query → the markup selectors (by index) whose candidates it returns. */
  queries: [string, number[]][];
}

/** Groups markup selectors by the cheapest query that finds their candidates (at build time: see detect/plan.ts). */
export function planMarkup(selectors: readonly string[]): MarkupPlan {
  const byBaseTag = new Map<string, number[]>();
  const queries = new Map<string, number[]>();
  selectors.forEach((selector, i) => {
    const tag = leadingTag(selector);
    const [map, key] = tag && BASE_TAG_SET.has(tag) ? [byBaseTag, tag] : [queries, candidateQuery(selector)];
    map.set(key, [...(map.get(key) ?? []), i]);
  });
  return { byBaseTag: [...byBaseTag], queries: [...queries] };
}

export class ElementQueries {
  readonly #markupSelectors: readonly string[];
  readonly #markupQueries: Map<string, number[]>;
  /** Base tag → its markup selectors by index, and all of them as one selector list. */
  readonly #markupByBaseTag: Map<string, [number[], string]>;
  constructor(plan: MarkupPlan, selectors: readonly string[]) {
    this.#markupSelectors = selectors;
    this.#markupQueries = new Map(plan.queries);
    this.#markupByBaseTag = new Map(plan.byBaseTag.map(([tag, indexes]) => [tag, [indexes, indexes.map((i) => selectors[i]).join()]]));
  }

  /** Indexes of the markup selectors `el` (a visited base element, tag known) matches. */
  markupOf(el: Element, tag: string): number[] {
    const entry = this.#markupByBaseTag.get(tag);
    // One call per element (a page's fifty frames, six selectors each), each selector only on a hit.
    return entry && el.matches(entry[1]) ? entry[0].filter((i) => el.matches(this.#markupSelectors[i]!)) : NONE;
  }

  /**
   * Calls `visit` once for each element under `root` (and root itself) that can be clicked, loads
   * something, holds a field or is the form of one, with its tag (known from the query: no
   * per-element read). A light walk visits only what LIGHT_TAGS names.
   */
  forEachBase(root: ParentNode, visit: (el: Element, tag: string) => void, depth: Depth = 'full'): void {
    const forms = new Set<Element>();
    const take = (el: Element, tag: string) => {
      if (tag === 'form') {
        if (forms.has(el)) return;
        forms.add(el);
      }
      visit(el, tag);
      // closest, not .form: a form="…" attribute the page wrote is not ours to resolve.
      const form = tag === 'input' || tag === 'button' ? el.closest('form') : null;
      if (form && !forms.has(form)) {
        forms.add(form);
        visit(form, 'form');
      }
    };
    if (isBaseElement(root)) take(root, root.localName);
    if (depth === 'quiet') {
      // The root itself was taken above (an SDK's script or frame is inserted as a root). Inside, only
      // frames: a widget's frame may sit in a wrapper.
      const list = root.querySelectorAll('iframe');
      for (let i = 0; i < list.length; i++) take(list[i]!, 'iframe');
      return;
    }
    const doc = isDocument(root) ? root : null;
    // A window with no child frames has no frame elements: spare the walks.
    const noFrames = doc?.defaultView?.length === 0;
    for (const tag of depth === 'full' ? BASE_TAGS : LIGHT_TAGS) {
      if (noFrames && FRAME_TAGS.has(tag)) continue;
      const list = root.querySelectorAll(tag);
      // Indexed loops: iterating a NodeList with for…of costs several times more in Chromium.
      for (let i = 0; i < list.length; i++) take(list[i]!, tag);
    }
    if (depth !== 'full') return;
    for (const role of BASE_ROLES) {
      const list = root.querySelectorAll(role);
      for (let i = 0; i < list.length; i++) {
        const el = list[i]!;
        const tag = el.localName;
        if (!BASE_TAG_SET.has(tag)) visit(el, tag);
      }
    }
  }

  /**
   * Whether a quiet look at `root` (see Depth) has anything to visit: most of a feed's posts have not.
   * Asking whether there is a frame (querySelector, ~0.4 µs in Chromium) costs a fraction of collecting them.
   */
  quietHasWork(root: ParentNode): boolean {
    return isBaseElement(root) || root.querySelector('iframe') !== null;
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
    const doc = isDocument(root) ? root : null;
    for (const [query, indexes] of this.#markupQueries) {
      let candidates: Element[];
      if (doc && query.startsWith('#')) candidates = [doc.getElementById(query.slice(1))].filter((el): el is HTMLElement => el !== null);
      else if (doc && query === 'meta') candidates = doc.head ? Array.from(doc.head.getElementsByTagName('meta')) : [];
      else candidates = Array.from(root.querySelectorAll(query));
      if (isElement(root) && root.matches(query)) candidates.push(root);
      for (const el of candidates) for (const i of indexes) if (el.matches(this.#markupSelectors[i]!)) hits.push([el, i]);
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

function isDocument(node: ParentNode): node is Document {
  return (node as Node).nodeType === 9;
}

/** An element the base walk visits: one of its tags, or a button or link by role. */
function isBaseElement(node: ParentNode): node is Element {
  if (!isElement(node)) return false;
  return BASE_TAG_SET.has(node.localName) || (node.hasAttribute('role') && BASE_ROLES.some((r) => node.matches(r)));
}

function isElement(node: ParentNode): node is Element {
  return (node as Node).nodeType === 1;
}
