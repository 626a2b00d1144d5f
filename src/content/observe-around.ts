/**
 * Where to observe a document so that the containers a page keeps adding to (churn.ts) are left out:
 * the browser then queues no record at all for what lands in them, where counting callbacks and
 * leaving them unread still paid for each one. Each ancestor of a left-out container is observed for
 * its own children only (a new sibling of the feed is still seen), everything beside the path whole.
 * Pure over parentNode and element children, so it is unit-tested on plain objects.
 */
export interface TreeNode {
  readonly parentNode: TreeNode | null;
  readonly firstElementChild?: TreeNode | null;
  readonly nextElementSibling?: TreeNode | null;
}

/** [node, whole] pairs: whole = its subtree, otherwise its own children only. */
export function planAround<N extends TreeNode>(root: N, left: ReadonlySet<N>): [N, boolean][] {
  const path = new Set<TreeNode>();
  for (const c of left) for (let p = c.parentNode; p && !path.has(p); p = p.parentNode) path.add(p);
  const plan: [N, boolean][] = [];
  const visit = (node: N): void => {
    if (left.has(node)) return;
    const around = path.has(node);
    plan.push([node, !around]);
    if (around) for (let k = node.firstElementChild; k; k = k.nextElementSibling) visit(k as N);
  };
  visit(root);
  return plan;
}
