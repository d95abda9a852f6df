/**
 * A visible, accessible notice in place of a widget that cannot be made
 * (an unknown widget name): text only, never markup from the page.
 */
export function showNotice(container: Element, message: string): void {
  const notice = document.createElement('p');
  notice.setAttribute('role', 'note');
  notice.setAttribute('data-factbox-notice', '');
  notice.textContent = message;
  container.replaceChildren(notice);
  console.warn(`[factbox] ${message}`);
}

export function unknownWidgetMessage(name: string, known: readonly string[]): string {
  const shown = name.length > 60 ? `${name.slice(0, 60)}…` : name;
  return `Factbox: there is no widget called "${shown}". Use one of: ${known.join(', ')}.`;
}
