/**
 * Colour tokens of the light and dark themes, and the CSS that applies them.
 * Every token is a CSS custom property a host page can override, e.g.
 * `factbox-trade-share-pie { --factbox-series-1: #264653; }`.
 *
 * Series colours follow the Okabe–Ito colour-blind-safe palette, darkened or
 * lightened so that each has at least 3:1 contrast with its background
 * (WCAG 1.4.11); text colours have at least 4.5:1. A test checks both.
 */
import { css, unsafeCSS, type CSSResult } from 'lit';

export interface ThemeTokens {
  readonly background: string;
  readonly text: string;
  readonly muted: string;
  readonly border: string;
  readonly accent: string;
  /** Background of the item in focus and of the details panel; text on it keeps at least 4.5:1. */
  readonly highlight: string;
  readonly series1: string;
  readonly series2: string;
  readonly series3: string;
  readonly series4: string;
  readonly land: string;
  readonly landBorder: string;
  readonly sea: string;
  readonly errorBackground: string;
  readonly errorText: string;
}

export const THEME_TOKENS: Readonly<Record<'light' | 'dark', ThemeTokens>> = {
  light: {
    background: '#ffffff',
    text: '#1b1b1b',
    muted: '#595959',
    border: '#c9c9c9',
    accent: '#0a5fb4',
    highlight: '#eef4fa',
    series1: '#0072b2',
    series2: '#b84a00',
    series3: '#007a5e',
    series4: '#a24f7e',
    land: '#ecebe6',
    landBorder: '#a9a59c',
    sea: '#f3f7fa',
    errorBackground: '#fdf0ee',
    errorText: '#8a1c0b',
  },
  dark: {
    background: '#15181c',
    text: '#ececec',
    muted: '#b3b3b3',
    border: '#3a4048',
    accent: '#8cc4ff',
    highlight: '#1f2a35',
    series1: '#56b4e9',
    series2: '#e69f00',
    series3: '#5fc9a2',
    series4: '#e59cc4',
    land: '#3a4048',
    landBorder: '#6b737d',
    sea: '#161b21',
    errorBackground: '#3a1f1c',
    errorText: '#ffb4a8',
  },
};

/** CSS custom property of each token, e.g. series1 → --factbox-series-1. */
export function tokenProperty(name: keyof ThemeTokens): string {
  return `--factbox-${name
    .replace(/([A-Z])/g, '-$1')
    .replace(/(\d)/, '-$1')
    .toLowerCase()}`;
}

function declarations(tokens: ThemeTokens, prefix: string): string {
  return (Object.keys(tokens) as (keyof ThemeTokens)[])
    .map((name) => `${prefix}${tokenProperty(name).slice('--factbox-'.length)}: var(${tokenProperty(name)}, ${tokens[name]});`)
    .join('\n');
}

/**
 * Internal properties (`--_fb-*`) read the public ones with the theme's value
 * as fallback, so a host override wins in both themes.
 */
export const themeStyles: CSSResult = css`
  :host {
    ${unsafeCSS(declarations(THEME_TOKENS.light, '--_fb-'))}
    color-scheme: light;
  }
  :host([theme='dark']) {
    ${unsafeCSS(declarations(THEME_TOKENS.dark, '--_fb-'))}
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light']):not([theme='dark'])) {
      ${unsafeCSS(declarations(THEME_TOKENS.dark, '--_fb-'))}
      color-scheme: dark;
    }
  }
`;
