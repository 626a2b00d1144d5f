import { describe, expect, it } from 'vitest';
import { planAround, type TreeNode } from '../../../src/content/observe-around.ts';

interface Node extends TreeNode {
  name: string;
  parentNode: Node | null;
  firstElementChild: Node | null;
  nextElementSibling: Node | null;
}

/** A tree from nested [name, ...children] arrays; returns its nodes by name. */
function tree(spec: unknown[]): Map<string, Node> {
  const byName = new Map<string, Node>();
  const make = (s: unknown[], parent: Node | null): Node => {
    const node: Node = { name: s[0] as string, parentNode: parent, firstElementChild: null, nextElementSibling: null };
    byName.set(node.name, node);
    let prev: Node | null = null;
    for (const child of s.slice(1)) {
      const c = make(child as unknown[], node);
      if (prev) prev.nextElementSibling = c;
      else node.firstElementChild = c;
      prev = c;
    }
    return node;
  };
  make(spec, null);
  return byName;
}

const PAGE = ['doc', ['html', ['head'], ['body', ['nav'], ['main', ['h1'], ['feed', ['post1'], ['post2']], ['aside']], ['footer']]]];
const plan = (nodes: Map<string, Node>, left: string[]) =>
  planAround(nodes.get('doc')!, new Set(left.map((n) => nodes.get(n)!))).map(([n, whole]) => `${n.name}${whole ? '' : ' (children)'}`);

describe('planAround', () => {
  it('observes the whole document when nothing is left out', () => {
    expect(plan(tree(PAGE), [])).toEqual(['doc']);
  });

  it('observes a feed\'s ancestors for their own children and everything beside it whole, never the feed', () => {
    expect(plan(tree(PAGE), ['feed'])).toEqual(['doc (children)', 'html (children)', 'head', 'body (children)', 'nav', 'main (children)', 'h1', 'aside', 'footer']);
  });

  it('leaves out two feeds, also one inside what is beside the other', () => {
    const nodes = tree(['doc', ['body', ['feed'], ['side', ['ticker'], ['box']]]]);
    expect(plan(nodes, ['feed', 'ticker'])).toEqual(['doc (children)', 'body (children)', 'side (children)', 'box']);
  });

  it('ignores a left-out container that is not under the root', () => {
    const nodes = tree(PAGE);
    const other = tree(['shadow', ['list']]);
    expect(planAround(nodes.get('doc')!, new Set([other.get('list')!])).map(([n]) => n.name)).toEqual(['doc']);
  });
});
