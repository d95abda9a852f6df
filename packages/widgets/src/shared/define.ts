/**
 * Registers a custom element once. A second registration of the same tag —
 * the script loaded twice, or two versions of Factbox on one page — never
 * throws: the first definition wins, and a different version is named in a
 * console warning so that the page owner can find the duplicate.
 */
export interface VersionedElement extends CustomElementConstructor {
  readonly version: string;
}

export function defineElement(tag: string, constructor: VersionedElement): void {
  const existing = customElements.get(tag) as (CustomElementConstructor & { version?: unknown }) | undefined;
  if (!existing) {
    customElements.define(tag, constructor);
    return;
  }
  if (existing !== constructor && existing.version !== constructor.version) {
    const first = typeof existing.version === 'string' ? `@factbox/widgets ${existing.version}` : 'another script';
    console.warn(`[factbox] <${tag}> is already defined by ${first}; this copy (@factbox/widgets ${constructor.version}) is not used.`);
  }
}
