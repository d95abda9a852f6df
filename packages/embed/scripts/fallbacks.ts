/**
 * The facts each widget shows, as plain HTML for readers without JavaScript
 * (feed readers, email, AMP, a blocked CDN, a crawler): one sentence with the
 * numbers as the sources write them, and the source line. Written from the
 * datasets at build time (packages/embed/scripts/generate.mjs) into
 * src/generated/fallbacks.ts, which the snippets put inside every placeholder,
 * element and frame; the widget replaces them when it upgrades.
 *
 * Only markup that WordPress's kses keeps for Authors: p, strong, small,
 * span, with lang and dir (checked by src/kses.test.ts). Everything is
 * escaped here, once.
 *
 * The rules are the widgets' own: a derived value is said to be derived and
 * is never given as a stated count (the North Korea–China delegations are
 * "no count stated"), values keep their qualifiers ("over 90%"), dates are as
 * precise as their text.
 */
import {
  delegations,
  events,
  exercises,
  figures,
  sources,
  tradeShare,
  type ExerciseRow,
  type Row,
  type SourceRow,
} from '../../datasets/src/index.js';
import { WIDGET_CATALOGUE } from '../../widgets/src/catalogue.js';
import { dateWords } from '../../widgets/src/events-timeline/words.js';
import { figurePeriod } from '../../widgets/src/key-figures/figure-text.js';
import { TOPICS, WORDS as FIGURE_WORDS } from '../../widgets/src/key-figures/words.js';
import {
  formatNumber,
  formatPartialDate,
  formatPercent,
  formatPeriod,
  formatQualified,
  messagesFor,
} from '../../widgets/src/shared/i18n.js';

import { escapeText as escape, type FallbackLang } from '../src/fallback-markup.js';

/** One widget's facts in one language: its default title (text) and the paragraphs (HTML) that follow it. */
export interface Fallback {
  readonly title: string;
  readonly facts: readonly string[];
}

/** Text in English inside an Arabic sentence (a quote as written), kept in its own direction. */
const english = (text: string, lang: FallbackLang): string =>
  lang === 'ar' ? `<span lang="en" dir="ltr">${escape(text)}</span>` : escape(text);

const quoted = (text: string, lang: FallbackLang): string => english(`“${text}”`, lang);

const lowerFirst = (text: string): string => `${text.charAt(0).toLowerCase()}${text.slice(1)}`;

/** "Source: FUTURE for Advanced Research and Studies, 20 November 2024." — one entry per document the rows quote. */
function sourceLine(rows: readonly Row[], lang: FallbackLang): string {
  const m = messagesFor(lang);
  const ids = [...new Set(rows.map((row) => String(row['source_id'])))];
  const credits = ids.map((id) => {
    const source = sources.find((candidate: SourceRow) => candidate.id === id);
    if (!source) throw new Error(`fallbacks: rows cite a source that is not in the sources resource: ${id}`);
    const publisher = lang === 'ar' && source.publisher_ar ? source.publisher_ar : source.publisher;
    // The document does not name its publisher: Factbox's curators inferred it (the widget says so under "About the source").
    const inferred = source.publisher_basis === 'inferred' ? ` (${lang === 'ar' ? 'ناشر مستنتج' : 'publisher inferred'})` : '';
    return `${escape(publisher)}${inferred}${m.comma}${escape(formatPartialDate(lang, source.published))}`;
  });
  return `<p><small>${ids.length > 1 ? m.sources : m.source}: ${credits.join(m.listSeparator)}.</small></p>`;
}

const SENTENCES = {
  en: {
    trade: (economy: string, flow: string, parts: string) => `${economy}’s ${flow}, by partner: ${parts}.`,
    derivedShare: 'derived from the other share, not stated',
    delegations: (period: string, parts: string) => `Delegations exchanged ${period}: ${parts}.`,
    noCount: (asWritten: string | null) =>
      asWritten ? `no count stated (the same sentence's ${asWritten} is ambiguous)` : 'no count stated',
    exercises: (parts: string) => `Military exercises and deployments: ${parts}.`,
    deployment: 'deployment',
    placeNotStated: 'place not stated',
    timeline: (count: string, first: string, last: string) => `${count} dated events, from ${first} to ${last}.`,
    figures: (count: string, topics: string, examples: string) =>
      `${count} figures as the sources state them, on ${topics}; among them: ${examples}.`,
    and: ' and ',
  },
  ar: {
    trade: (economy: string, _flow: string, parts: string) => `حصص شركاء ${economy} من تجارتها: ${parts}.`,
    derivedShare: 'محسوبة من الحصة الأخرى، ولم ترد في النص',
    delegations: (period: string, parts: string) => `الوفود المتبادلة في ${period}: ${parts}.`,
    noCount: (asWritten: string | null) =>
      asWritten ? `لا يذكر النص عددًا (وعبارة ${asWritten} في الجملة نفسها ملتبسة)` : 'لا يذكر النص عددًا',
    exercises: (parts: string) => `المناورات العسكرية ونشر القوات: ${parts}.`,
    deployment: 'نشر قوات',
    placeNotStated: 'المكان غير مذكور',
    timeline: (count: string, first: string, last: string) => `أحداث مؤرخة (${count})، من ${first} إلى ${last}.`,
    figures: (count: string, topics: string, examples: string) =>
      `الأرقام كما وردت في المصادر (${count})، عن ${topics}؛ منها: ${examples}.`,
    and: ' و',
  },
} as const;

/** "a, b and c" / "أ، ب وج". */
function joined(items: readonly string[], lang: FallbackLang): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(messagesFor(lang).comma)}${SENTENCES[lang].and}${items.at(-1)}`;
}

function tradeShareFacts(lang: FallbackLang): string {
  const m = messagesFor(lang);
  const words = SENTENCES[lang];
  const parts = tradeShare.map((row) => {
    const partner = escape((lang === 'ar' && row.partner_ar) || row.partner);
    const value = formatQualified(lang, row.qualifier, formatPercent(lang, row.share_percent));
    if (row.derived) return `${partner}${m.comma}${escape(value)} (${words.derivedShare})`;
    return `${partner}${m.comma}${lang === 'en' && row.share_as_written ? escape(row.share_as_written) : escape(value)}`;
  });
  const first = tradeShare[0];
  if (!first) throw new Error('fallbacks: no trade-share rows');
  const economy = escape((lang === 'ar' && first.economy_ar) || first.economy);
  return `<p>${words.trade(economy, escape(first.flow), parts.join(m.listSeparator))}</p>`;
}

function delegationFacts(lang: FallbackLang): string {
  const m = messagesFor(lang);
  const words = SENTENCES[lang];
  const parts = delegations.map((row) => {
    const pair = escape(lang === 'ar' ? `${row.party_a_ar}–${row.party_b_ar}` : `${row.party_a}–${row.party_b}`);
    // A derived count is one reading of the text, never given as a count here either.
    const count = row.derived
      ? words.noCount(row.count_as_written ? quoted(row.count_as_written, lang) : null)
      : escape(lang === 'en' && row.count_as_written ? row.count_as_written : formatNumber(lang, row.count));
    return `${pair}${m.comma}${count}`;
  });
  const first = delegations[0];
  if (!first) throw new Error('fallbacks: no delegation rows');
  // As the text gives it ("in 2024 alone"); in Arabic its year, not the dates Factbox resolved it to.
  const year = first.period_start?.slice(0, 4);
  const period =
    lang === 'en' && first.period_as_written
      ? lowerFirst(first.period_as_written)
      : year && first.period_end?.startsWith(year)
        ? `عام ${formatPartialDate(lang, year)}`
        : formatPeriod(lang, first.period_start, first.period_end);
  return `<p>${words.delegations(escape(period), parts.join(m.listSeparator))}</p>`;
}

function exerciseFacts(lang: FallbackLang): string {
  const m = messagesFor(lang);
  const words = SENTENCES[lang];
  // One entry per exercise: Ocean 2024's two seas are one exercise in two places.
  const byName = new Map<string, ExerciseRow[]>();
  for (const row of exercises) byName.set(row.name, [...(byName.get(row.name) ?? []), row]);
  const parts = [...byName.values()].map((rows) => {
    const row = rows[0] as ExerciseRow;
    const name = lang === 'ar' ? row.name_ar : row.name;
    const who = (lang === 'ar' && row.participants_ar) || row.participants;
    const participants = joined(who.split(/\s*[;؛]\s*/), lang);
    const label = row.kind === 'deployment' ? `${name} (${words.deployment})` : `${name} (${participants})`;
    // "recently (by 20 November 2024)": relative words keep the date they were resolved to.
    const bound = row.date_end ? formatPeriod(lang, row.date_start, row.date_end) : null;
    const relative =
      lang === 'en'
        ? row.date_as_written && lowerFirst(row.date_as_written)
        : /^recently$/i.test(row.date_as_written ?? '')
          ? 'مؤخرًا'
          : null;
    const when = !row.date_start && relative && bound ? `${relative} (${bound})` : bound;
    const places = rows.map((r) => (lang === 'ar' ? r.area_ar : r.area_as_written)).filter((place): place is string => Boolean(place));
    const where = places.length > 0 ? joined(places, lang) : words.placeNotStated;
    return escape(`${label}: ${when ? `${when}${m.comma}` : ''}${where}`);
  });
  return `<p>${words.exercises(parts.join(m.listSeparator))}</p>`;
}

function timelineFacts(lang: FallbackLang): string {
  // From the earliest to the latest event the text dates exactly: one known only to be "before" a date may be older.
  const ordered = [...events].sort((a, b) => a.date.localeCompare(b.date));
  const first = ordered[0];
  const last = ordered.filter((row) => row.date_bound === 'on').at(-1);
  if (!first || !last) throw new Error('fallbacks: no events');
  const count = new Set(events.map((row) => row.event_key)).size;
  const described = (row: (typeof events)[number]): string => {
    const resolvedFrom = row.date_resolution ? row.date_as_written : null;
    return `${escape(dateWords(lang, row, resolvedFrom))} (${escape(lang === 'ar' ? row.title_ar : row.title)})`;
  };
  return `<p>${SENTENCES[lang].timeline(escape(formatNumber(lang, count)), described(first), described(last))}</p>`;
}

function figureFacts(lang: FallbackLang): string {
  const words = FIGURE_WORDS[lang];
  const m = messagesFor(lang);
  const present = TOPICS.filter((topic) => figures.some((row) => row.topic === topic));
  // The first figure of each topic, in the widget's order: what a reader sees first in each group of cards.
  const examples = present.map((topic) => {
    const row = figures.find((candidate) => candidate.topic === topic);
    if (!row) throw new Error(`fallbacks: no figure on ${topic}`);
    const subject = lang === 'ar' ? row.subject_ar : row.subject;
    // The value as the source writes it (the editors' Arabic in Arabic): "over seven decades", not "over 7 decades";
    // and when it was, as the widget's card says it ("in the first two months of 2023").
    // Only a period the text writes (a date Factbox resolved stays in the widget, with how).
    const written =
      row.period_as_written && !row.subject.toLowerCase().includes(row.period_as_written.toLowerCase()) ? row.period_as_written : null;
    const when = written ? (lang === 'en' ? lowerFirst(written) : figurePeriod(row, lang, words)) : null;
    return `${escape(lang === 'ar' ? row.value_ar : row.value_as_written)} (${escape(subject)}${when ? `${m.comma}${escape(when)}` : ''})`;
  });
  const topics = joined(
    present.map((topic) => escape(words.topics[topic].toLocaleLowerCase(lang))),
    lang,
  );
  return `<p>${SENTENCES[lang].figures(escape(formatNumber(lang, figures.length)), topics, examples.join(m.listSeparator))}</p>`;
}

const FACTS: Readonly<Record<(typeof WIDGET_CATALOGUE)[number]['name'], { facts: (lang: FallbackLang) => string; rows: readonly Row[] }>> =
  {
    'trade-share-pie': { facts: tradeShareFacts, rows: tradeShare },
    'delegation-bars': { facts: delegationFacts, rows: delegations },
    'exercises-map': { facts: exerciseFacts, rows: exercises },
    'events-timeline': { facts: timelineFacts, rows: events },
    'key-figures': { facts: figureFacts, rows: figures },
  };

/** Every widget's fallback in English and Arabic, by widget name. */
export function fallbacks(): Record<string, Record<FallbackLang, Fallback>> {
  return Object.fromEntries(
    WIDGET_CATALOGUE.map((entry) => {
      const { facts, rows } = FACTS[entry.name];
      const one = (lang: FallbackLang): Fallback => ({ title: entry.title[lang], facts: [facts(lang), sourceLine(rows, lang)] });
      return [entry.name, { en: one('en'), ar: one('ar') }];
    }),
  );
}
