import { css, html, nothing, type TemplateResult } from 'lit';
import type { Row, SourceRow } from '@factbox/datasets';
import { formatPartialDate } from '../i18n.js';
import { metadataUrl, publisherOf } from '../provenance.js';
import type { TemplateContext } from './context.js';

/** "English", "الإنجليزية": a language code in the reader's language (the code itself where Intl cannot name it). */
function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * The metadata of one source, under "About the source", for a reader: the curators' notes on
 * the file and the date line as written are in the full metadata, one link away.
 */
function aboutTemplate(source: SourceRow, context: TemplateContext): TemplateResult {
  const { messages: m, locale } = context;
  const title = html`<cite lang="en" dir="ltr">${source.title}</cite>`;
  const link = (content: TemplateResult | string) =>
    source.url ? html`<a href=${source.url} rel="noopener noreferrer" target="_blank">${content}</a>` : content;
  return html`<details>
    <summary>${m.aboutSource}</summary>
    <dl>
      <dt>${m.title}</dt><dd>${link(title)}</dd>
      <dt>${m.author}</dt><dd>${source.author ?? m.authorUnknown}</dd>
      <dt>${m.published}</dt><dd>${formatPartialDate(locale, source.published)}</dd>
      <dt>${m.language}</dt><dd>${languageName(source.language, locale)}</dd>
      <dt>${m.address}</dt><dd>${source.url ? link(source.url) : m.addressUnknown}</dd>
      ${source.publisher_basis === 'inferred' ? html`<dt>${m.note}</dt><dd>${m.publisherInferred}</dd>` : nothing}
    </dl>
    <a href=${metadataUrl()} rel="noopener noreferrer" target="_blank">${m.fullMetadata}</a>
  </details>`;
}

/**
 * "Source: publisher, date", with the document's metadata under "About the
 * source"; rows quoting several documents get "Sources:" and one line per
 * document, so that an open About panel sits under its own document and
 * never splits another's line. Rows that are not the built-in ones are named
 * by their `source_id` and marked as not checked.
 */
export function sourceLineTemplate(
  rows: readonly Row[],
  context: TemplateContext,
  credits: TemplateResult | typeof nothing,
): TemplateResult {
  const { messages: m, locale, provenance } = context;
  const ids = [...new Set(rows.map((r) => String(r['source_id'])))];
  const several = ids.length > 1;
  return html`
    <div class="source ${several ? 'several' : ''}" part="source">
      <span>${several ? m.sources : m.source}:</span>
      ${ids.map((id) => {
        const quoting = rows.filter((r) => String(r['source_id']) === id);
        const source = quoting.every((r) => provenance.isVerified(r)) ? provenance.sourceFor(quoting[0] as Row) : undefined;
        const credit = source
          ? html`<bdi>${publisherOf(source, locale)}</bdi>${m.comma}${formatPartialDate(locale, source.published)} ${aboutTemplate(source, context)}`
          : html`<bdi>${id}</bdi> (${m.sourceUnverified})`;
        return several ? html`<span class="source-item">${credit}</span>` : credit;
      })}
      ${credits}
    </div>
  `;
}

/** A closed "About the source" keeps an empty content box that would break the line before the next source. */
export const sourceLineStyles = css`
  .source details:not([open])::details-content {
    display: none;
  }
  /* Several documents: the label, then one line per document beside it, each under the one before. */
  .source.several {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: 0.3em;
  }
  .source.several > :not(:first-child) {
    grid-column: 2;
  }
`;
