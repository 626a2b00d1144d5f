/**
 * An element's text with a space at every element boundary, read up to `maxChars`. textContent runs
 * sibling elements together ("Select your bank<li>Chase" → "bankChase"), which hides words from the
 * phrase matching; browsers' innerText would space them but costs a layout. Read only for the few
 * elements that already look like a prompt.
 */
export function spacedText(el: Element, maxChars: number): string {
  let out = '';
  const walk = (node: Node, depth: number): void => {
    for (let c = node.firstChild; c && out.length <= maxChars; c = c.nextSibling) {
      if (c.nodeType === 3) out += c.nodeValue ?? '';
      else if (c.nodeType === 1 && depth < 32) {
        const name = (c as Element).localName;
        if (name === 'script' || name === 'style' || name === 'template') continue;
        out += ' ';
        walk(c, depth + 1);
        out += ' ';
      }
    }
  };
  walk(el, 0);
  return out.slice(0, maxChars);
}
