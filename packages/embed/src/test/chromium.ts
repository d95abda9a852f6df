/**
 * The set-up the embed's end-to-end tests share: the repository served over
 * HTTP on two origins and one headless Chromium (scripts/testing/
 * chromium-session.ts), started before a file's tests and closed after them.
 */
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'puppeteer-core';
import { launch, serve, type Served } from '../../../../scripts/testing/chromium-session.js';

/** packages/embed/, for its dist/ and src/fixtures/. */
export const EMBED = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The browser and the served repository, once `useChromium()`'s `before`
 * hook has run. They are live bindings, assigned by that hook, so that the
 * tests read them as plain names, inside tests and hooks only.
 */
export let browser: Browser;
export let site: Served;

/** Registers, in the calling test file, the hooks that start the server and the browser before its tests and close them after. */
export function useChromium(): void {
  before(async () => {
    site = await serve();
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await site?.close();
  });
}
