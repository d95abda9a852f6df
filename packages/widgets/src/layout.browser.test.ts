/**
 * Every widget measured the way a reader sees it (issue "Newsroom-ready
 * widgets"): for each widget of the catalogue, language and width, and in
 * each state a reader can put it in — idle, each focusable item focused
 * (Tab), "About the source" open, the table shown, and both — every visible
 * text run lies inside the widget, is not cut by a scrolling or clipping box,
 * overlaps no other text, is not hidden behind another box, and is at least
 * 11 px. See test/layout.ts for how, and for the tolerances.
 *
 * One mount per widget × language × width (charts take a while to build),
 * then the states one after the other; a failing case lists all its
 * problems, each once, with the states it appears in.
 *
 * Not covered: text drawn on a canvas (Chart.js labels) unless the widget
 * exposes `layoutBoxes()` (test/layout.ts, `DrawsText`); the canvas itself is
 * checked.
 */
import { aTimeout } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { WIDGET_CATALOGUE, type WidgetCatalogueEntry } from './catalogue.js';
import { messagesFor, type Locale } from './shared/i18n.js';
import { shadow, waitForState } from './test/helpers.js';
import { checkLayout, formatProblems, quoteText, type LayoutProblem } from './test/layout.js';

/** The widths readers meet: a desktop article column, and a phone (styles switch at 480 px). */
const VIEWPORTS = [
  { width: 1280, height: 900 },
  { width: 375, height: 812 },
] as const;
const LANGUAGES: readonly Locale[] = ['en', 'ar'];
/** Most Tab presses before giving up (a focus trap would otherwise loop forever). */
const MAX_TABS = 60;

/**
 * Registers a widget by its module (`src/<name>.ts`, the module that
 * `@factbox/widgets/<name>.js` publishes), so that a widget added to the
 * catalogue is measured without touching this test.
 */
async function register(entry: WidgetCatalogueEntry): Promise<void> {
  if (customElements.get(entry.tag)) return;
  await import(new URL(`./${entry.name}.ts`, import.meta.url).href);
  if (!customElements.get(entry.tag)) throw new Error(`importing src/${entry.name}.ts did not define <${entry.tag}>`);
}

interface Placed {
  readonly widget: HTMLElement;
  /** A focusable element just before the widget, to start tabbing from. */
  readonly before: HTMLButtonElement;
}

/**
 * The widget in an article column, as examples/article/ places it: the
 * article is at most 42rem wide with 1rem of padding on each side (672 px at
 * desktop widths, 343 px on a 375 px phone), in the language of the page.
 */
function place(entry: WidgetCatalogueEntry, lang: Locale, theme: 'light' | 'dark'): Placed {
  document.body.style.margin = '0';
  const page = document.createElement('div');
  page.lang = lang;
  page.dir = lang === 'ar' ? 'rtl' : 'ltr';
  page.style.cssText = 'font-family: system-ui, sans-serif; line-height: 1.55';
  const before = document.createElement('button');
  before.textContent = 'before';
  const article = document.createElement('article');
  article.style.cssText = 'max-width: 42rem; margin: 0 auto; padding: 1rem 1rem 2rem; font-size: 1.0625rem';
  const widget = document.createElement(entry.tag);
  widget.setAttribute('lang', lang);
  widget.setAttribute('theme', theme);
  widget.setAttribute('heading-level', '3');
  const after = document.createElement('button');
  after.textContent = 'after';
  article.append(widget);
  page.append(before, article, after);
  document.body.append(page);
  return { widget, before };
}

/** Two frames: style, layout and any ResizeObserver reactions (the map re-projects) have run and painted. */
async function frames(): Promise<void> {
  for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Waits until the widget has rendered the last change and its layout has settled. */
async function settle(widget: HTMLElement): Promise<void> {
  const lit = widget as HTMLElement & { updateComplete?: Promise<boolean> };
  for (let round = 0; round < 3; round++) {
    await lit.updateComplete;
    await frames();
  }
  await document.fonts.ready;
}

/**
 * The viewport must hold the whole widget, or the points of text below the
 * fold cannot be hit-tested; widgets that grow with their content (as they
 * should) get a taller viewport. Only the height changes: styles depend on
 * the width.
 */
async function fitViewport(widget: HTMLElement, width: number, minHeight: number): Promise<void> {
  window.scrollTo(0, 0);
  const bottom = Math.ceil(widget.getBoundingClientRect().bottom) + 16;
  if (bottom > innerHeight || innerHeight < minHeight) {
    await setViewport({ width, height: Math.max(minHeight, bottom) });
    await frames();
  }
}

/** The element that has focus, inside shadow roots. */
function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** How a focused element is named in the list of states: its role and words. */
function focusName(element: Element): string {
  const label = element.getAttribute('aria-label') ?? element.textContent ?? '';
  const what = element.getAttribute('role') ?? element.localName;
  return `focus ${what} ${quoteText(label, 32)}`;
}

/** The "Show table" / "Show chart" button, by its words in the widget's language. */
function tableToggle(widget: HTMLElement, lang: Locale): HTMLButtonElement {
  const words = messagesFor(lang);
  const buttons = [...shadow(widget).querySelectorAll('button')];
  const toggle = buttons.find((b) => [words.showTable, words.showChart].includes((b.textContent ?? '').trim()));
  if (!toggle) throw new Error(`<${widget.localName}> has no "${words.showTable}" button`);
  return toggle;
}

/** Opens or closes every <details> of the widget ("About the source") the way a reader does: a click on its summary. */
async function setDetails(widget: HTMLElement, open: boolean): Promise<void> {
  for (const details of shadow(widget).querySelectorAll('details')) {
    if (details.open === open) continue;
    const toggled = new Promise((resolve) => details.addEventListener('toggle', resolve, { once: true }));
    (details.querySelector('summary') as HTMLElement).click();
    await Promise.race([toggled, aTimeout(500)]);
  }
}

async function setTable(widget: HTMLElement, lang: Locale, shown: boolean): Promise<void> {
  const toggle = tableToggle(widget, lang);
  const showing = (toggle.textContent ?? '').trim() === messagesFor(lang).showChart;
  if (showing !== shown) toggle.click();
}

/**
 * Puts the widget through every state and measures each. Returns the problems by state.
 */
async function measureStates(
  widget: HTMLElement,
  before: HTMLButtonElement,
  lang: Locale,
  viewport: { width: number; height: number },
): Promise<Map<string, LayoutProblem[]>> {
  const byState = new Map<string, LayoutProblem[]>();
  const measure = async (state: string): Promise<void> => {
    await settle(widget);
    await fitViewport(widget, viewport.width, viewport.height);
    byState.set(state, checkLayout(widget));
  };

  // Panels first, with nothing hovered or focused yet (the quote box shows its hint).
  await measure('idle');
  await setDetails(widget, true);
  await measure('About open');
  await setDetails(widget, false);
  await setTable(widget, lang, true);
  await measure('table shown');
  await setDetails(widget, true);
  await measure('table shown + About open');
  await setDetails(widget, false);
  await setTable(widget, lang, false);
  await settle(widget);

  // Then every focusable element in turn, with the keyboard, as a reader tabs through.
  before.focus();
  const seen = new Set<Element>();
  for (let press = 0; press < MAX_TABS; press++) {
    await sendKeys({ press: 'Tab' });
    if (document.activeElement !== widget) break;
    const focused = deepActiveElement();
    if (!focused || seen.has(focused)) break;
    seen.add(focused);
    await measure(focusName(focused));
  }
  if (seen.size === 0) throw new Error(`nothing in <${widget.localName}> takes keyboard focus`);
  return byState;
}

/**
 * An error whose message is the whole list. The reporter prints the message,
 * then the stack without its first line; the stack keeps only the title, so
 * that the list is printed once.
 */
function listError(title: string, lines: readonly string[]): Error {
  const error = new Error(`${title}\n  ${lines.join('\n  ')}`);
  error.stack = [`Error: ${title}`, ...(error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line))].join('\n');
  return error;
}

afterEach(async () => {
  document.body.replaceChildren();
  await setViewport({ width: 800, height: 600 });
});

const CASES: { lang: Locale; viewport: { width: number; height: number }; theme: 'light' | 'dark' }[] = [
  ...LANGUAGES.flatMap((lang) => VIEWPORTS.map((viewport) => ({ lang, viewport, theme: 'light' as const }))),
  // Dark only changes colours: one width is enough to catch text that vanishes or hides.
  ...LANGUAGES.map((lang) => ({ lang, viewport: VIEWPORTS[1], theme: 'dark' as const })),
];

for (const entry of WIDGET_CATALOGUE) {
  describe(`<${entry.tag}> as a reader sees it`, () => {
    before(async () => {
      await register(entry);
    });

    for (const { lang, viewport, theme } of CASES) {
      it(`${entry.name} · ${lang} · ${viewport.width}px · ${theme}: text inside, uncut, apart, uncovered, ≥ 11 px in every state`, async () => {
        await setViewport(viewport);
        const { widget, before } = place(entry, lang, theme);
        widget.scrollIntoView();
        await waitForState(widget, 'ready', 15000);
        const byState = await measureStates(widget, before, lang, viewport);
        const problems = formatProblems(byState);
        if (problems.length > 0) {
          const title = `${entry.name} · ${lang} · ${viewport.width}px · ${theme}: ${problems.length} layout problem${problems.length === 1 ? '' : 's'}`;
          throw listError(title, [`states measured: ${[...byState.keys()].join('; ')}`, ...problems]);
        }
      });
    }
  });
}
