/**
 * Layout shared by every widget. The frame has a fixed block size
 * (`--factbox-height`) so that the page can reserve the space before the
 * widget renders: nothing outside the widget moves when the chart arrives.
 */
import { css } from 'lit';

export const frameStyles = css`
  :host {
    --_fb-default-height: 34rem;
    display: block;
    block-size: var(--factbox-height, var(--_fb-default-height));
    contain: layout;
  }
  @media (max-width: 480px) {
    /* Phones: text wraps more, so the chart keeps room. The embed loader reserves the same height. */
    :host {
      --_fb-default-height: 40rem;
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  /* Type and colour are set here, inside the shadow root, where no page rule (even * { all: unset }) reaches. */
  .frame {
    font: var(--factbox-font, 400 0.9375rem / 1.45 system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', Tahoma, sans-serif);
    text-align: start;
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    block-size: var(--factbox-height, var(--_fb-default-height));
    inline-size: 100%;
    overflow-y: auto;
    padding: var(--factbox-padding, 0.75rem 0.875rem);
    background: var(--_fb-background);
    color: var(--_fb-text);
    border: var(--factbox-border, 1px solid var(--_fb-border));
    border-radius: var(--factbox-radius, 6px);
  }
  .heading {
    margin: 0;
    font-size: 1.15em;
    font-weight: 700;
    line-height: 1.25;
  }
  .subtitle {
    margin: -0.25rem 0 0;
    font-size: 0.875em;
    color: var(--_fb-muted);
  }
  .body {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    flex: 1 1 auto;
    min-block-size: 12rem;
  }
  .chart-area {
    display: contents;
  }
  .chart-area[hidden] {
    display: none;
  }
  .chart {
    position: relative;
    flex: 1 1 auto;
    min-block-size: 8rem;
  }
  .chart canvas,
  .chart svg {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
  }
  .chart-placeholder {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    color: var(--_fb-muted);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-block-size: 24px;
    padding: 0.15rem 0.45rem;
    border: 1px solid var(--_fb-border);
    border-radius: 999px;
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .item[aria-current='true'] {
    border-color: var(--_fb-text);
  }
  .key {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
    font-size: 0.85em;
    color: var(--_fb-muted);
  }
  .swatch {
    display: inline-block;
    inline-size: 0.9em;
    block-size: 0.9em;
    flex: none;
    border: 1.5px solid var(--swatch-color, currentColor);
    background: var(--swatch-color, currentColor);
    border-radius: 2px;
    vertical-align: -0.1em;
  }
  /* Series colours by class, not by a style attribute: pages with a strict CSP forbid inline styles. */
  .swatch.series-1 {
    --swatch-color: var(--_fb-series-1);
  }
  .swatch.series-2 {
    --swatch-color: var(--_fb-series-2);
  }
  .swatch.series-3 {
    --swatch-color: var(--_fb-series-3);
  }
  .swatch.series-4 {
    --swatch-color: var(--_fb-series-4);
  }
  .swatch.derived {
    border-style: dashed;
    background: repeating-linear-gradient(
      45deg,
      var(--swatch-color, currentColor) 0 2px,
      var(--_fb-background) 2px 4.5px
    );
  }
  .callout {
    flex: none;
    block-size: 6.6em;
    overflow-y: auto;
    margin: 0;
    padding: 0.4rem 0.6rem;
    border-inline-start: 3px solid var(--_fb-border);
    font-size: 0.875em;
    color: var(--_fb-muted);
  }
  .callout blockquote {
    margin: 0.15rem 0;
    color: var(--_fb-text);
    font-style: italic;
  }
  .callout p {
    margin: 0;
  }
  .callout strong {
    color: var(--_fb-text);
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.4rem 1rem;
    font-size: 0.8125em;
    color: var(--_fb-muted);
  }
  .source {
    margin: 0;
    flex: 1 1 16rem;
  }
  .source details {
    display: inline;
  }
  .source summary {
    display: inline;
    cursor: pointer;
    color: var(--_fb-accent);
    text-decoration: underline;
  }
  .source dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.1rem 0.75rem;
    margin: 0.4rem 0;
  }
  .source dd {
    margin: 0;
  }
  .actions {
    display: flex;
    gap: 0.4rem;
  }
  button {
    font: inherit;
  }
  .button {
    min-block-size: 24px;
    padding: 0.2rem 0.6rem;
    border: 1px solid var(--_fb-border);
    border-radius: 4px;
    background: transparent;
    color: var(--_fb-accent);
    cursor: pointer;
  }
  a {
    color: var(--_fb-accent);
  }
  :focus-visible {
    outline: 3px solid var(--_fb-accent);
    outline-offset: 2px;
  }
  .table-wrap {
    flex: 1 1 auto;
    overflow: auto;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
    font-size: 0.8125em;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.25rem;
  }
  th,
  td {
    padding: 0.25rem 0.4rem;
    border-block-end: 1px solid var(--_fb-border);
    text-align: start;
    vertical-align: top;
  }
  td.number {
    white-space: nowrap;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
  }
  .error {
    flex: 1 1 auto;
    padding: 0.75rem;
    border-radius: 4px;
    background: var(--_fb-error-background);
    color: var(--_fb-error-text);
    overflow: auto;
  }
  .error p {
    margin: 0 0 0.4rem;
  }
  .error ul {
    margin: 0 0 0.5rem;
    padding-inline-start: 1.2rem;
  }
  .error .button {
    color: inherit;
    border-color: currentColor;
  }
  @media (prefers-reduced-motion: no-preference) {
    .item,
    .button {
      transition: border-color 120ms ease-out;
    }
  }
`;
