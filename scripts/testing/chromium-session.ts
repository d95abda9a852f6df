/**
 * End-to-end test sessions: the repository served over HTTP on two origins
 * (127.0.0.1 and localhost, so that cross-origin behaviour is real), and a
 * headless Chromium driven by puppeteer-core, recording what each page
 * requests, logs and throws.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { widgetEntry, type WidgetName } from '@factbox/widgets';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { chromeArgs, findChrome } from '../browser.mjs';
import { createStaticServer } from '../serve.mjs';

export interface ServerOptions {
  readonly root?: string;
  readonly headers?: (path: string) => Record<string, string>;
}

export interface Served {
  /** http://127.0.0.1:PORT */
  readonly origin: string;
  /** http://localhost:PORT: the same files from another origin. */
  readonly otherOrigin: string;
  close(): Promise<void>;
}

export async function serve(options: ServerOptions = {}): Promise<Served> {
  const server: Server = createStaticServer({
    ...(options.root ? { root: options.root } : {}),
    ...(options.headers ? { headers: options.headers } : {}),
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    otherOrigin: `http://localhost:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export async function launch(): Promise<Browser> {
  return puppeteer.launch({ executablePath: findChrome(), args: chromeArgs(), headless: true });
}

export interface WatchedPage {
  readonly page: Page;
  /** Every URL the page requested, in order. */
  readonly requests: string[];
  readonly warnings: string[];
  readonly errors: string[];
  /** Uncaught exceptions in the page. */
  readonly pageErrors: string[];
}

export async function openPage(browser: Browser, url: string, viewport = { width: 1000, height: 700 }): Promise<WatchedPage> {
  const page = await browser.newPage();
  await page.setViewport({ ...viewport, deviceScaleFactor: 1 });
  const watched: WatchedPage = { page, requests: [], warnings: [], errors: [], pageErrors: [] };
  page.on('request', (request) => watched.requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'warn') watched.warnings.push(message.text());
    if (message.type() === 'error') watched.errors.push(message.text());
  });
  page.on('pageerror', (error) => watched.pageErrors.push(error instanceof Error ? error.message : String(error)));
  await page.goto(url, { waitUntil: 'load' });
  return watched;
}

/** JavaScript files a page fetched, by file name. */
export function scripts(requests: readonly string[]): string[] {
  return requests.filter((url) => /\.js(\?|$)/.test(url)).map((url) => new URL(url).pathname.split('/').pop() ?? url);
}

export async function waitForState(page: Page, selector: string, state: 'ready' | 'error', timeout = 15000): Promise<void> {
  await page.waitForFunction(
    (sel, wanted) => {
      return document.querySelector(sel)?.getAttribute('state') === wanted;
    },
    { timeout },
    selector,
    state,
  );
}

/**
 * Makes the blank fixture page a host page for Factbox iframes: `markup` in
 * its #content, and resize.js from `resizeUrl`.
 */
export async function hostIframes(page: Page, markup: string, resizeUrl: string): Promise<void> {
  await page.evaluate(
    (html: string, src: string) => {
      (document.getElementById('content') as HTMLElement).innerHTML = html;
      const script = document.createElement('script');
      script.src = src;
      document.head.append(script);
    },
    markup,
    resizeUrl,
  );
}

/**
 * Waits until resize.js has sized every iframe matching `selector` from its
 * widget's own message: the frame has the widget's title (sent once the
 * widget has drawn) and is no longer a plain 150 px iframe. Then
 * `settledHeights` gives its final height.
 */
export async function waitForFrameSized(page: Page, selector: string, timeout = 15000): Promise<void> {
  try {
    await page.waitForFunction(
      (sel: string) => {
        const frames = [...document.querySelectorAll<HTMLIFrameElement>(sel)];
        return frames.length > 0 && frames.every((f) => f.title !== '' && f.getBoundingClientRect().height > 154);
      },
      { timeout },
      selector,
    );
  } catch (error) {
    // Say what the frames are like, and what the widgets inside say of themselves.
    const frames = await page.$$eval(selector, (all) =>
      all.map((f) => `title "${(f as HTMLIFrameElement).title}", ${Math.round(f.getBoundingClientRect().height)} px`),
    );
    const widgets = await Promise.all(
      page
        .frames()
        .filter((f) => f !== page.mainFrame())
        .map((f) =>
          f.evaluate(() => {
            const widget = document.querySelector('[data-factbox] > *');
            const root = document.getElementById('factbox-frame');
            return `${widget?.localName ?? 'no widget'} ${widget?.getAttribute('state') ?? ''}, content ${Math.round(root?.getBoundingClientRect().height ?? 0)} px, ${location.hash}, page ${document.visibilityState}`;
          }),
        ),
    );
    throw new Error(`frames not sized: ${frames.join('; ')} — inside: ${widgets.join('; ')}`, { cause: error });
  }
}

/** Waits until the heights of the elements matching `selector` stop changing (same twice, `ms` apart). */
export async function settledHeights(page: Page, selector: string, ms = 300): Promise<number[]> {
  const read = (): Promise<number[]> =>
    page.$$eval(selector, (elements) => elements.map((e) => Math.round(e.getBoundingClientRect().height)));
  let last = await read();
  for (let attempt = 0; attempt < 40; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, ms));
    const now = await read();
    if (JSON.stringify(now) === JSON.stringify(last)) return now;
    last = now;
  }
  return last;
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The height (px, at the default 16-px rem) the catalogue reserves for a widget, wide or on a phone. */
export function reservedHeightPx(name: WidgetName, size: 'wide' | 'narrow', lang: 'en' | 'ar' = 'en'): number {
  const length = widgetEntry(name).height[lang][size];
  const match = /^(\d+(?:\.\d+)?)(rem|px)$/.exec(length);
  if (!match) throw new Error(`${name}: a reserved height of ${length}; the tests read rem and px only`);
  return Number(match[1]) * (match[2] === 'rem' ? 16 : 1);
}
