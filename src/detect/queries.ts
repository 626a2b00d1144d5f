/**
 * Finding the elements worth a look without walking the page in script. Measured as added script time
 * on a loaded 20,000-element article in Chromium on a slow 2-core machine: the first walk of the
 * document ~0.9 ms (cold memory), each further single-tag walk ~0.3 ms, [role=button] ~0.7 ms, an
 * id (getElementById) or an attribute nobody uses ([data-provider]) next to nothing; a selector
 * *list* is matched element by element and costs several walks (six tags ~3.3 ms against ~2.1 ms
 * asked one by one). Every element touched from script costs ~1 µs more the first time (the isolated
 * world makes it a wrapper): 5,000 links, 7 ms. So: few single queries, and a quiet look for what
 * a page inserts without a word a cue needs (see Depth).
 */
/** Each tag is a walk of the page. Forms are reached from their fields and buttons, frames walked only when the window has any. */
const BASE_TAGS = ['a', 'button', 'input', 'script', 'iframe', 'frame'];
const FRAME_TAGS = new Set(['iframe', 'frame']);
const BASE_ROLES = ['[role=button]', '[role=link]'];
const BASE_TAG_SET = new Set([...BASE_TAGS, 'form']);

/**
 * How much of a root to walk. 'full': everything a prompt can be. 'quiet', for a subtree the page
 * inserts whose words hold none a cue needs (a feed's post): the subtree's root (an SDK inserts its
 * script or frame as one) and the frames in it, not its links, buttons and fields, each of which
 * would cost a touch. What a quiet look leaves out is checked when a person points at it or focuses
 * it (the watcher), and where it leads when it opens.
 */
export type Depth = 'full' | 'quiet';

export class ElementQueries {
  readonly #markup: readonly string[];
  /** The markup selectors as one list: a provider's markup is rare, and one query finds all of it. */
  readonly #all: string;
  constructor(markup: readonly string[]) {
    this.#markup = markup;
    this.#all = markup.join();
  }

  /**
   * Calls `visit` once for each element under `root` (and root itself) that can be clicked, loads
   * something, holds a field or is the form of one, with its tag (known from the query: no
   * per-element read).
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
    for (const tag of BASE_TAGS) {
      if (noFrames && FRAME_TAGS.has(tag)) continue;
      const list = root.querySelectorAll(tag);
      // Indexed loops: iterating a NodeList with for…of costs several times more in Chromium.
      for (let i = 0; i < list.length; i++) take(list[i]!, tag);
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

  /**
   * Elements under `root` (and root itself) matching provider markup, with the index of the selector
   * each matches; with `framesOnly`, only frames under root (a widget's frame in a quiet subtree).
   */
  markupHits(root: ParentNode, framesOnly = false): [Element, number][] {
    const candidates = [...root.querySelectorAll(framesOnly ? `iframe:is(${this.#all})` : this.#all)];
    if (isElement(root) && root.matches(this.#all)) candidates.push(root);
    const hits: [Element, number][] = [];
    for (const el of candidates) this.#markup.forEach((selector, i) => el.matches(selector) && hits.push([el, i]));
    return hits;
  }
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
