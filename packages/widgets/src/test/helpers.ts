/**
 * Helpers for the widgets' browser tests: mount a widget the way a page does,
 * wait for its state, and watch the console and uncaught errors.
 */
import { aTimeout } from '@open-wc/testing';
/** What the tests use of any widget: its public properties. */
export type AnyWidget = HTMLElement & {
  data: readonly object[] | undefined;
  heading: string | null;
  theme: string | null;
  src: string | null;
  readonly updateComplete: Promise<boolean>;
};

/** Appends `markup` to a fresh container in the body and returns the first element in it. */
export function mount<T extends Element>(markup: string, containerStyle = ''): { element: T; container: HTMLElement } {
  const container = document.createElement('div');
  if (containerStyle) container.style.cssText = containerStyle;
  container.innerHTML = markup;
  document.body.append(container);
  const element = container.firstElementChild as T;
  return { element, container };
}

/** Scrolls the widget into view (charts are only built near the viewport) and waits until it is ready. */
export async function whenReady(element: Element): Promise<void> {
  element.scrollIntoView();
  await waitForState(element, 'ready');
}

/** Resolves once the widget's `state` is `wanted` (or rejects after `ms`). */
export async function waitForState(element: Element, wanted: 'ready' | 'error' | 'loading', ms = 8000): Promise<void> {
  const start = performance.now();
  while (element.getAttribute('state') !== wanted) {
    if (performance.now() - start > ms) {
      throw new Error(`<${element.localName}> stayed "${element.getAttribute('state')}" instead of "${wanted}"`);
    }
    await aTimeout(20);
  }
}

/** Captures console.warn calls and uncaught errors until `stop()`. */
export function watchConsole(): { warnings: string[]; uncaught: string[]; stop: () => void } {
  const warnings: string[] = [];
  const uncaught: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
  };
  const onError = (event: ErrorEvent): void => {
    uncaught.push(event.message);
  };
  const onRejection = (event: PromiseRejectionEvent): void => {
    uncaught.push(String(event.reason));
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    warnings,
    uncaught,
    stop: () => {
      console.warn = original;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

export function shadow(element: Element): ShadowRoot {
  const root = element.shadowRoot;
  if (!root) throw new Error(`<${element.localName}> has no shadow root`);
  return root;
}

/** Text a reader sees in a part of the widget, whitespace collapsed. */
export function textOf(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The CSV a click on "Get the data" downloads, read back from its blob URL. */
export async function clickDownload(button: HTMLElement): Promise<{ name: string; text: string; bytes: Uint8Array }> {
  const found = new Promise<HTMLAnchorElement>((resolve) => {
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (node instanceof HTMLAnchorElement && node.download) {
            observer.disconnect();
            resolve(node);
          }
        }
      }
    });
    observer.observe(document.body, { childList: true });
  });
  button.click();
  const link = await found;
  const bytes = new Uint8Array(await (await fetch(link.href)).arrayBuffer());
  return { name: link.download, text: new TextDecoder().decode(bytes), bytes };
}
