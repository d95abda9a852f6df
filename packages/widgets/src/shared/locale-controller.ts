import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { directionOf, messagesFor, supportedLocale, type Locale, type Messages } from './i18n.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Widgets on the page whose language follows an ancestor's `lang`. One
 * observer for all of them (as Shoelace's LocalizeController does): when a
 * page changes `lang` on <html> or a section, each widget takes it up.
 */
const followers = new Set<Host>();
let pageObserver: MutationObserver | null = null;

function follow(host: Host): void {
  followers.add(host);
  if (pageObserver || typeof MutationObserver === 'undefined') return;
  pageObserver = new MutationObserver(() => followers.forEach((widget) => widget.requestUpdate()));
  pageObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

function unfollow(host: Host): void {
  followers.delete(host);
  if (followers.size === 0) {
    pageObserver?.disconnect();
    pageObserver = null;
  }
}

/**
 * The widget's language: its own `lang` when supported, else the nearest
 * `lang` above it (across shadow roots), else English. An unsupported value
 * falls back with one warning.
 */
export class LocaleController implements ReactiveController {
  /** The locale in use, resolved before each render. */
  locale: Locale = 'en';

  constructor(
    private readonly host: Host,
    private readonly warnOnce: (key: string, message: string) => void,
  ) {
    host.addController(this);
  }

  get messages(): Messages {
    return messagesFor(this.locale);
  }

  get direction(): 'ltr' | 'rtl' {
    return directionOf(this.locale);
  }

  hostConnected(): void {
    follow(this.host);
  }

  hostDisconnected(): void {
    unfollow(this.host);
  }

  hostUpdate(): void {
    this.locale = this.resolve();
  }

  private resolve(): Locale {
    const own = this.host.getAttribute('lang');
    if (own === null) return this.inherited();
    const locale = supportedLocale(own);
    if (locale) return locale;
    const fallback = this.inherited();
    this.warnOnce(`lang:${own}`, messagesFor(fallback).errors.unknownValue('lang', own, fallback));
    return fallback;
  }

  private inherited(): Locale {
    let node: Node | null = this.host.parentNode;
    while (node) {
      if (node instanceof Element && node.hasAttribute('lang')) return supportedLocale(node.getAttribute('lang')) ?? 'en';
      node = node instanceof ShadowRoot ? node.host : node.parentNode;
    }
    return 'en';
  }
}
