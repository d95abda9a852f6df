/**
 * Walking the tree as it is rendered (the flat tree): through open shadow
 * roots and into slots, the way the browser lays it out, rather than the
 * light DOM a widget's host holds.
 */

/** The parent in the flat tree: the slot a node is assigned to, the host of a shadow root, or the parent. */
export function composedParent(node: Node): Element | null {
  const slot = node instanceof Element || node instanceof Text ? node.assignedSlot : null;
  if (slot) return slot;
  const parent = node.parentNode;
  if (parent instanceof ShadowRoot) return parent.host;
  return parent instanceof Element ? parent : null;
}

/** Whether `ancestor` contains `node` in the flat tree (or is it). */
export function flatContains(ancestor: Node, node: Node): boolean {
  for (let current: Node | null = node; current; current = composedParent(current)) {
    if (current === ancestor) return true;
  }
  return false;
}

/** The children that are rendered: a shadow root's content instead of light children; a slot's assigned nodes. */
export function renderedChildren(node: Node): readonly Node[] {
  if (node instanceof Element && node.shadowRoot) return [...node.shadowRoot.childNodes];
  if (node instanceof HTMLSlotElement) {
    const assigned = node.assignedNodes({ flatten: true });
    if (assigned.length > 0) return assigned;
  }
  return [...node.childNodes];
}

/** SVG elements whose content is not painted where it stands (definitions, resources, metadata). */
export const SVG_NOT_RENDERED = new Set([
  'defs',
  'clipPath',
  'mask',
  'symbol',
  'title',
  'desc',
  'metadata',
  'pattern',
  'marker',
  'linearGradient',
  'radialGradient',
  'filter',
  'style',
  'script',
]);
/** HTML elements whose content is not painted. */
export const HTML_NOT_RENDERED = new Set(['template', 'script', 'style', 'noscript', 'head', 'title']);
/** Elements that paint pixels, not text: checked as graphics, and cutting what they draw to their box. */
export const GRAPHICS = new Set(['canvas', 'img', 'video', 'iframe', 'object', 'embed']);
