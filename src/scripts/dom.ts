/**
 * The element a page's markup must hold for its script to run, or an Error naming the selector: an
 * enhancement never runs on half a page.
 */
export function requireElement<E extends Element = HTMLElement>(root: ParentNode, selector: string): E {
  const element = root.querySelector<E>(selector);
  if (!element) throw new Error(`the page has no element matching ${selector}`);
  return element;
}
