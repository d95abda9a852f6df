/**
 * The markup of a widget's fallback (its facts as plain HTML, fallback.ts):
 * its class, its language for a widget's `lang`, its id in frame.html, and
 * how its text is escaped. Apart from fallback.ts so that frame.js can find
 * one without carrying them all, and the build script that writes them can
 * use it before they exist.
 */
import type { WidgetName } from '@factbox/widgets';

export type FallbackLang = 'en' | 'ar';

/** The class of the element that holds a fallback: hosts may style it. */
export const FALLBACK_CLASS = 'factbox-fallback';

/** The language a fallback is written in for a widget's `lang`: Arabic for `ar` and its variants, else English. */
export function fallbackLang(lang: string | null | undefined): FallbackLang {
  return /^ar(-|$)/i.test(lang ?? '') ? 'ar' : 'en';
}

/**
 * The id of a widget's fallback in frame.html, and the fragment of the frame
 * address that shows it when the frame runs no script (CSS `:target`).
 */
export function fallbackId(name: WidgetName, lang: FallbackLang): string {
  return `${FALLBACK_CLASS}-${name}-${lang}`;
}

// Text only, never an attribute: quotes stay as written.
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** `text` safe as the content of an element. */
export function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (character) => ENTITIES[character] ?? character);
}
