// The embed builder: options → live preview and the three snippets, with copy buttons.
// The snippets come from @factbox/embed's own module, so they are the ones the README shows.
import { iframeSnippet, isAcceptableDataUrl, placeholderSnippet, scriptSnippet } from '../../packages/embed/dist/snippets.js';

const WORDS = {
  en: {
    copied: (what) => `Copied the ${what} to the clipboard.`,
    selected: 'The code is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
    what: { 'placeholder-code': 'CMS code', 'script-code': 'script code', 'iframe-code': 'iframe code' },
    frameTitle: { 'trade-share-pie': "Shares of North Korea's trade", 'delegation-bars': 'Delegations exchanged with North Korea', 'exercises-map': 'Military exercises and deployments' },
    switchTo: { href: '?lang=ar', text: 'العربية', lang: 'ar' },
  },
  ar: {
    copied: (what) => `نُسخ ${what} إلى الحافظة.`,
    selected: 'النص محدد: اضغط Ctrl+C (أو ⌘C على ماك) لنسخه.',
    what: { 'placeholder-code': 'رمز نظام إدارة المحتوى', 'script-code': 'رمز السكربت', 'iframe-code': 'رمز الإطار' },
    frameTitle: { 'trade-share-pie': 'حصص تجارة كوريا الشمالية', 'delegation-bars': 'الوفود المتبادلة مع كوريا الشمالية', 'exercises-map': 'المناورات العسكرية ونشر القوات' },
    switchTo: { href: '?lang=en', text: 'English', lang: 'en' },
    text: {
      back: '→ الأمثلة',
      title: 'منشئ رموز التضمين',
      intro: 'اختر الرسم وشكله، وتحقق من المعاينة، ثم انسخ الرمز المناسب لموقعك.',
      widget: 'الرسم',
      'trade-share-pie': 'حصص التجارة (دائري)',
      'delegation-bars': 'الوفود (أعمدة)',
      'exercises-map': 'المناورات ونشر القوات (خريطة)',
      lang: 'لغة الرسم',
      'lang-page': 'لغة الصفحة',
      theme: 'المظهر',
      'theme-auto': 'تلقائي (حسب إعدادات القارئ)',
      'theme-light': 'فاتح',
      'theme-dark': 'داكن',
      heading: 'العنوان (اختياري)',
      src: 'رابط البيانات (اختياري)',
      'src-help': 'ملف JSON أو CSV بصيغة مجموعة البيانات، عبر https:// أو من هذا الموقع. اتركه فارغًا لاستخدام البيانات المضمنة.',
      'src-error': 'استخدم رابطًا يبدأ بـ https:// أو http://، أو رابطًا على هذا الموقع.',
      preview: 'المعاينة',
      snippets: 'الرمز الذي يُلصق',
      'placeholder-title': 'لنظام إدارة المحتوى (ووردبريس وغيره)',
      'placeholder-help': 'الصقه في المقال داخل كتلة HTML مخصصة. يعمل حيث تُحذف السكربتات؛ ويضيف الموقع سكربت Factbox مرة واحدة في قالبه.',
      'copy-placeholder': 'انسخ رمز نظام إدارة المحتوى',
      'script-title': 'لصفحة تسمح بالسكربتات',
      'script-help': 'يوضع سطر السكربت مرة واحدة في الصفحة (مع التحقق من سلامته)؛ ويوضع العنصر حيث يجب أن يظهر الرسم.',
      'copy-script': 'انسخ رمز السكربت',
      'iframe-title': 'لمضيف لا يسمح بأي سكربت (إطار iframe)',
      'iframe-help': 'يضبط الإطار ارتفاعه بنفسه عند وجود سكربت تغيير الحجم في الصفحة؛ ومن دونه، اجعل ارتفاعه نحو ٥٦٠ بكسل.',
      'copy-iframe': 'انسخ رمز الإطار',
    },
  },
};

const locale = new URLSearchParams(location.search).get('lang') === 'ar' ? 'ar' : 'en';
const words = WORDS[locale];
const form = document.getElementById('options');
const preview = document.getElementById('preview');
const status = document.getElementById('status');
const srcInput = document.getElementById('src');
const srcError = document.getElementById('src-error');

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

function options() {
  const data = new FormData(form);
  const src = String(data.get('src') ?? '').trim();
  const valid = src === '' || isAcceptableDataUrl(src);
  srcInput.setAttribute('aria-invalid', valid ? 'false' : 'true');
  srcError.hidden = valid;
  return {
    widget: String(data.get('widget')),
    lang: String(data.get('lang') ?? ''),
    theme: String(data.get('theme') ?? ''),
    heading: String(data.get('heading') ?? ''),
    src: valid ? src : '',
  };
}

let release;
let shownPreview = '';

function update() {
  const chosen = options();
  const placeholder = placeholderSnippet(chosen);
  document.getElementById('placeholder-code').textContent = placeholder;
  document.getElementById('script-code').textContent = scriptSnippet(chosen, release);
  document.getElementById('iframe-code').textContent = iframeSnippet(chosen, release, chosen.heading || words.frameTitle[chosen.widget]);
  // The preview is the placeholder itself, turned into the widget by embed.js as on a real page.
  if (placeholder !== shownPreview) {
    shownPreview = placeholder;
    const div = document.createElement('div');
    div.setAttribute('data-factbox', chosen.widget);
    for (const name of ['lang', 'theme', 'src', 'heading']) if (chosen[name]) div.setAttribute(`data-${name}`, chosen[name]);
    preview.replaceChildren(div);
  }
}

async function copy(button) {
  const code = document.getElementById(button.dataset.copy);
  const text = code.textContent;
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = words.copied(words.what[button.dataset.copy]);
  } catch {
    // No clipboard access (permissions, old browser): select the text so the reader can copy it.
    const range = document.createRange();
    range.selectNodeContents(code);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    status.textContent = words.selected;
  }
}

async function start() {
  translatePage();
  const integrity = await (await fetch(new URL('../../packages/embed/dist/integrity.json', import.meta.url))).json();
  release = { version: integrity.version, integrity };
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => event.preventDefault());
  update();
  // The buttons are disabled in the HTML until there is code to copy and a handler to copy it.
  for (const button of document.querySelectorAll('button.copy')) {
    button.addEventListener('click', () => copy(button));
    button.disabled = false;
  }
}

start().catch((error) => {
  status.textContent = `The builder could not start: ${error.message}. Run npm run build first.`;
});
