/**
 * The palettes meet WCAG 2.2 AA: text at least 4.5:1 against its background,
 * series and accent colours at least 3:1 (non-text contrast, 1.4.11).
 */
import { expect } from '@open-wc/testing';
import { THEME_TOKENS, tokenProperty, type ThemeTokens } from './theme.js';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('theme tokens', () => {
  for (const [name, tokens] of Object.entries(THEME_TOKENS) as [string, ThemeTokens][]) {
    it(`${name}: text is at least 4.5:1, data and accent colours at least 3:1 against the background`, () => {
      for (const key of ['text', 'muted', 'accent'] as const) expect(contrast(tokens[key], tokens.background), key).to.be.at.least(4.5);
      for (const key of ['text', 'muted', 'accent'] as const)
        expect(contrast(tokens[key], tokens.highlight), `${key} on highlight`).to.be.at.least(4.5);
      expect(contrast(tokens.errorText, tokens.errorBackground)).to.be.at.least(4.5);
      for (const key of ['series1', 'series2', 'series3', 'series4'] as const)
        expect(contrast(tokens[key], tokens.background), key).to.be.at.least(3);
    });
  }

  it('names every token as a public custom property', () => {
    expect(tokenProperty('series1')).to.equal('--factbox-series-1');
    expect(tokenProperty('landBorder')).to.equal('--factbox-land-border');
    expect(tokenProperty('errorBackground')).to.equal('--factbox-error-background');
  });
});
