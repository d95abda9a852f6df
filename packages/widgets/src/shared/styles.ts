/**
 * Layout shared by every widget. The widget's box is as tall as its content
 * and grows when a reader opens the About panel, the table or an item's
 * details. The height reserved on the page before it renders
 * (`--factbox-height`, by default the widget catalogue's height for its
 * width: its tallest first render) is the widget's least height, so nothing
 * on the page moves when it arrives; a first render shorter than that leaves
 * the rest below the box's border. No text sits in a scroll box or a
 * fixed-height box.
 *
 * Type scale (the widget's font is 15 px unless the host sets one): title
 * 1.25em, body 1em, subtitle, legend and labels 0.875em, notes, panel and
 * footer 0.8125em (12.2 px at 15 px); nothing smaller.
 */
import { css, unsafeCSS, type CSSResult } from 'lit';
import { NARROW_WIDGET, type WidgetCatalogueEntry } from '../catalogue.js';

/**
 * The catalogue's reserved heights for one widget, as the default of
 * `--factbox-height`: the narrow one when the widget is at most
 * `NARROW_WIDGET` wide (a container query on the widget itself, the same
 * break at which its layout changes), the wide one otherwise; Arabic's when
 * the widget is in Arabic (the reserve carries the widget's language).
 */
export function reservedHeight(entry: Pick<WidgetCatalogueEntry, 'height' | 'attributes'>): CSSResult {
  // A widget showing a selection of its rows (one of its own attributes set) is as tall as what it shows.
  const host = unsafeCSS(`:host(${(entry.attributes ?? []).map((attribute) => `:not([${attribute}])`).join('') || '*'})`);
  const { en, ar } = entry.height;
  return css`
    ${host} .reserve {
      --_fb-reserved: ${unsafeCSS(en.wide)};
    }
    ${host} .reserve[lang='ar'] {
      --_fb-reserved: ${unsafeCSS(ar.wide)};
    }
    @container (max-width: ${unsafeCSS(NARROW_WIDGET)}) {
      ${host} .reserve {
        --_fb-reserved: ${unsafeCSS(en.narrow)};
      }
      ${host} .reserve[lang='ar'] {
        --_fb-reserved: ${unsafeCSS(ar.narrow)};
      }
    }
  `;
}

export const frameStyles = css`
  :host {
    display: block;
    /* The widget paints only inside its own box: host CSS can hide it, never make it overlap the article. */
    contain: layout paint;
    /* Its own width, not the screen's, decides between the wide and the narrow layout. */
    container-type: inline-size;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  /* The reserve and the widget's box share one place: the place is as tall as the taller of them. */
  .place {
    display: grid;
  }
  .place > * {
    grid-area: 1 / 1;
    min-inline-size: 0;
  }
  .reserve {
    min-block-size: var(--factbox-height, var(--_fb-reserved, 0));
    pointer-events: none;
  }
  /* Type and colour are set here, inside the shadow root, where no page rule (even * { all: unset }) reaches. */
  .frame {
    font: var(--factbox-font, 400 0.9375rem / 1.45 system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', Tahoma, sans-serif);
    text-align: start;
    overflow-wrap: anywhere;
    display: flex;
    flex-direction: column;
    gap: 0.625rem;
    align-self: start;
    inline-size: 100%;
    margin: 0;
    padding: var(--factbox-padding, 0.875rem 1rem);
    background: var(--_fb-background);
    color: var(--_fb-text);
    border: var(--factbox-border, 1px solid var(--_fb-border));
    border-radius: var(--factbox-radius, 6px);
    container-type: inline-size;
  }
  .titles {
    display: flex;
    flex-direction: column;
    gap: 0.2rem;
  }
  .heading {
    margin: 0;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.25;
  }
  .subtitle {
    margin: 0;
    font-size: 0.875em;
    color: var(--_fb-muted);
  }
  .body {
    display: flex;
    flex-direction: column;
    gap: 0.625rem;
  }
  .chart-area[hidden],
  .panel[hidden] {
    display: none;
  }
  .chart {
    position: relative;
  }
  .chart canvas,
  .chart svg {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
  }
  .chart-placeholder {
    display: grid;
    place-items: center;
    min-block-size: 12rem;
    color: var(--_fb-muted);
  }
  .muted {
    color: var(--_fb-muted);
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
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
  .source details[open] {
    display: block;
  }
  .source summary {
    display: inline;
    cursor: pointer;
    color: var(--_fb-accent);
    text-decoration: underline;
  }
  .source dl {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0.1rem 0.75rem;
    margin: 0.4rem 0;
  }
  .source dd {
    margin: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
  }
  button {
    font: inherit;
  }
  .button {
    min-block-size: 28px;
    padding: 0.2rem 0.6rem;
    border: 1px solid var(--_fb-border);
    border-radius: 4px;
    background: transparent;
    color: var(--_fb-accent);
    cursor: pointer;
  }
  .button[aria-pressed='true'] {
    background: var(--_fb-highlight);
    border-color: var(--_fb-accent);
  }
  a {
    color: var(--_fb-accent);
  }
  :focus-visible {
    outline: 3px solid var(--_fb-accent);
    outline-offset: 2px;
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
    padding: 0.75rem;
    border-radius: 4px;
    background: var(--_fb-error-background);
    color: var(--_fb-error-text);
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
      transition: background-color 120ms ease-out, border-color 120ms ease-out;
    }
  }
`;
