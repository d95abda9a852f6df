// The embed builder: options → live preview and the three snippets, with copy buttons.
// The snippets, the widgets and their titles come from @factbox/embed's own module (which takes them
// from the widget catalogue of @factbox/widgets), so they are the ones the README shows.
import {
  WIDGET_CATALOGUE,
  iframeSnippet,
  isAcceptableDataUrl,
  placeholderSnippet,
  scriptSnippet,
} from '../../packages/embed/dist/snippets.js';

const WORDS = {
  en: {
    copied: (what) => `Copied the ${what} to the clipboard.`,
    copiedButton: 'Copied ✓',
    selected: 'The code is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
    selectedButton: 'Selected: press Ctrl+C',
    what: { 'placeholder-code': 'CMS code', 'script-code': 'script code', 'iframe-code': 'iframe code' },
    fixAddress: 'Fix the data address above to get the code.',
    iframeHelp: (wide, narrow) =>
      `The iframe sizes itself when the resizer script is on the page; without it, it keeps the height in the code, ${wide} (make it ${narrow} on phones).`,
    switchTo: { href: '?lang=ar', text: 'العربية', lang: 'ar' },
    noPreload: (version) => `Release ${version} lists no chart code to preload: this option comes with the next release.`,
  },
  ar: {
    copied: (what) => `نُسخ ${what} إلى الحافظة.`,
    copiedButton: 'نُسخ ✓',
    selected: 'النص محدد: اضغط Ctrl+C (أو ⌘C على ماك) لنسخه.',
    selectedButton: 'النص محدد: اضغط Ctrl+C',
    what: { 'placeholder-code': 'رمز نظام إدارة المحتوى', 'script-code': 'رمز السكربت', 'iframe-code': 'رمز الإطار' },
    fixAddress: 'صحّح رابط البيانات أعلاه للحصول على الرمز.',
    iframeHelp: (wide, narrow) =>
      `يضبط الإطار ارتفاعه بنفسه عند وجود سكربت تغيير الحجم في الصفحة؛ ومن دونه، يبقى على الارتفاع المكتوب في الرمز \u2066${wide}\u2069 (اجعله \u2066${narrow}\u2069 على الهواتف).`,
    switchTo: { href: '?lang=en', text: 'English', lang: 'en' },
    noPreload: (version) => `الإصدار \u2066${version}\u2069 لا يسرد شيفرة الرسم للتحميل المسبق: يأتي هذا الخيار مع الإصدار التالي.`,
    text: {
      back: '→ الأمثلة',
      title: 'منشئ رموز التضمين',
      intro: 'اختر الرسم وشكله، وتحقق من المعاينة، ثم انسخ الرمز المناسب لموقعك.',
      widget: 'الرسم',
      lang: 'لغة الرسم',
      'lang-page': 'لغة الصفحة',
      theme: 'المظهر',
      'theme-auto': 'تلقائي (حسب إعدادات القارئ)',
      'theme-light': 'فاتح',
      'theme-dark': 'داكن',
      heading: 'العنوان (اختياري)',
      src: 'رابط البيانات (اختياري)',
      'src-help': 'ملف JSON أو CSV بصيغة مجموعة البيانات، عبر https:// أو من هذا الموقع. اتركه فارغًا لاستخدام البيانات المضمنة.',
      preload: 'أول رسم في المقال، في شاشته الأولى',
      'preload-help':
        'يسرد رمز السكربت عندئذ شيفرة الرسم أيضًا، فيجلبها المتصفح مع الصفحة، قبل جولة كاملة. لرسم واحد في الصفحة: تُحمَّل الرسوم الأخرى بعده، ولا ينبغي أن ينزّل شيفرةَ رسمٍ قراءٌ لا يصلون إليه.',
      'src-error':
        'لا يمكن استخدام هذا الرابط: يجب أن يبدأ بـ https:// أو http://، أو أن يكون على هذا الموقع، ومن دون مسافات. صحّحه للحصول على الرمز.',
      preview: 'المعاينة',
      snippets: 'الرمز الذي يُلصق',
      'placeholder-title': 'لنظام إدارة المحتوى (ووردبريس وغيره)',
      'placeholder-help': 'الصقه في المقال داخل كتلة HTML مخصصة. يعمل حيث تُحذف السكربتات؛ ويضيف الموقع سكربت Factbox مرة واحدة في قالبه.',
      'copy-placeholder': 'انسخ رمز نظام إدارة المحتوى',
      'script-title': 'لصفحة تسمح بالسكربتات',
      'script-help': 'يوضع سطر السكربت مرة واحدة في الصفحة (مع التحقق من سلامته)؛ ويوضع العنصر حيث يجب أن يظهر الرسم.',
      'copy-script': 'انسخ رمز السكربت',
      'iframe-title': 'لمضيف لا يسمح بأي سكربت (إطار iframe)',
      'copy-iframe': 'انسخ رمز الإطار',
    },
  },
};

/** How long typing must pause before the preview follows it (each preview may fetch the data address). */
const TYPING_PAUSE_MS = 600;
/** How long a copy button shows what it did. */
const FEEDBACK_MS = 2500;

const locale = new URLSearchParams(location.search).get('lang') === 'ar' ? 'ar' : 'en';
const words = WORDS[locale];
const form = document.getElementById('options');
const preview = document.getElementById('preview');
const status = document.getElementById('status');
const srcInput = document.getElementById('src');
const srcError = document.getElementById('src-error');
const copyButtons = [...document.querySelectorAll('button.copy')];

function translatePage() {
  document.documentElement.lang = locale;
  document.documentElement.dir = locale === 'ar' ? 'rtl' : 'ltr';
  if (words.text) {
    for (const element of document.querySelectorAll('[data-text]')) {
      const text = words.text[element.dataset.text];
      if (text) element.textContent = text;
    }
    document.title = words.text.title;
  }
  const link = document.getElementById('switch-language');
  link.href = words.switchTo.href;
  link.textContent = words.switchTo.text;
  link.lang = link.hreflang = words.switchTo.lang;
}

/** One choice per widget of the catalogue, under its title in the builder's language. */
function listWidgets() {
  const fieldset = document.getElementById('widgets');
  WIDGET_CATALOGUE.forEach((entry, index) => {
    const input = document.createElement('input');
    input.type = 'radio';
    input.name = 'widget';
    input.value = entry.name;
    input.checked = index === 0;
    const title = document.createElement('span');
    title.textContent = entry.title[locale];
    const label = document.createElement('label');
    label.append(input, ' ', title);
    fieldset.append(label);
  });
}

function options() {
  const data = new FormData(form);
  return {
    widget: String(data.get('widget')),
    lang: String(data.get('lang') ?? ''),
    theme: String(data.get('theme') ?? ''),
    heading: String(data.get('heading') ?? ''),
    src: String(data.get('src') ?? '').trim(),
    preload: data.get('preload') === 'on',
  };
}

let release;
let shownPreview = '';
let pendingPreview;

/** The code, at once (it costs nothing); an address the widgets would refuse is refused here, visibly, rather than dropped. */
function updateCode() {
  const chosen = options();
  // The widgets' own rule (the module's isAcceptableDataUrl is theirs).
  const valid = chosen.src === '' || isAcceptableDataUrl(chosen.src);
  srcInput.setAttribute('aria-invalid', valid ? 'false' : 'true');
  srcError.hidden = valid;
  for (const button of copyButtons) button.disabled = !valid;
  const entry = WIDGET_CATALOGUE.find((widget) => widget.name === chosen.widget);
  document.getElementById('iframe-help').textContent = words.iframeHelp(
    entry.height[chosen.lang === 'ar' ? 'ar' : 'en'].wide,
    entry.height[chosen.lang === 'ar' ? 'ar' : 'en'].narrow,
  );
  const code = valid
    ? {
        'placeholder-code': placeholderSnippet(chosen),
        'script-code': scriptSnippet(chosen, release),
        'iframe-code': iframeSnippet(chosen, release),
      }
    : { 'placeholder-code': words.fixAddress, 'script-code': words.fixAddress, 'iframe-code': words.fixAddress };
  for (const [id, text] of Object.entries(code)) document.getElementById(id).textContent = text;
  return valid ? chosen : null;
}

/** The preview: the placeholder itself, turned into the widget by embed.js as on a real page. It may fetch the data address. */
function updatePreview() {
  clearTimeout(pendingPreview);
  const chosen = updateCode();
  if (!chosen) return;
  const placeholder = placeholderSnippet(chosen);
  if (placeholder === shownPreview) return;
  shownPreview = placeholder;
  const div = document.createElement('div');
  div.setAttribute('data-factbox', chosen.widget);
  for (const name of ['lang', 'theme', 'src', 'heading']) if (chosen[name]) div.setAttribute(`data-${name}`, chosen[name]);
  preview.replaceChildren(div);
}

/** Says `message` in the live region, even when it is what it said last (a region speaks changes, so empty it first). */
let announcing;
function announce(message) {
  clearTimeout(announcing);
  status.textContent = '';
  announcing = setTimeout(() => {
    status.textContent = message;
  }, 100);
}

/** Shows on the button what it did, for a moment, then its own label again. */
function showOnButton(button, text) {
  button.dataset.label ??= button.textContent;
  button.textContent = text;
  button.dataset.feedback = '';
  clearTimeout(Number(button.dataset.timer));
  button.dataset.timer = String(
    setTimeout(() => {
      button.textContent = button.dataset.label;
      delete button.dataset.feedback;
    }, FEEDBACK_MS),
  );
}

async function copy(button) {
  const code = document.getElementById(button.dataset.copy);
  try {
    await navigator.clipboard.writeText(code.textContent);
    showOnButton(button, words.copiedButton);
    announce(words.copied(words.what[button.dataset.copy]));
  } catch {
    // No clipboard access (permissions, old browser): select the text so the reader can copy it.
    const range = document.createRange();
    range.selectNodeContents(code);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    showOnButton(button, words.selectedButton);
    announce(words.selected);
  }
}

async function start() {
  translatePage();
  listWidgets();
  // The release the snippets pin (what is on the CDN), not the work tree's build.
  const pinned = await (await fetch(new URL('../../packages/embed/release.json', import.meta.url))).json();
  release = { version: pinned.version, integrity: pinned, preload: pinned.preload };
  if (!release.preload) {
    // A release from before the preload lists: say so rather than offer a box that changes nothing.
    const box = document.getElementById('preload');
    box.disabled = true;
    document.getElementById('preload-help').textContent = words.noPreload(release.version);
  }
  // The code follows every keystroke; the preview follows choices at once, and typed text (a title, a
  // data address that it fetches) when the field is left or after a pause in the typing.
  form.addEventListener('input', (event) => {
    updateCode();
    if (event.target.type !== 'text' && event.target.type !== 'url') return; // choices also fire change
    clearTimeout(pendingPreview);
    pendingPreview = setTimeout(updatePreview, TYPING_PAUSE_MS);
  });
  form.addEventListener('change', updatePreview);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    updatePreview();
  });
  for (const button of copyButtons) button.addEventListener('click', () => copy(button));
  // The buttons are disabled in the HTML until there is code to copy and a handler to copy it: updateCode() enables them.
  updatePreview();
}

start().catch((error) => {
  status.textContent = `The builder could not start: ${error.message}. Run npm run build first.`;
  status.classList.remove('visually-hidden');
});
