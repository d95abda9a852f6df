/**
 * shot.html?widget=<name>&lang=en|ar&theme=light|dark|auto: one widget, placed
 * the way an editor places it (a CMS placeholder), in the article column of
 * examples/article/, in a page of that language and direction. What
 * `npm run screenshots` photographs; without `widget`, a list of links.
 */
import { WIDGET_CATALOGUE } from '../../packages/widgets/dist/catalogue.js';

const params = new URLSearchParams(location.search);
const column = document.getElementById('column');
const entry = WIDGET_CATALOGUE.find((e) => e.name === params.get('widget'));
const lang = params.get('lang') === 'ar' ? 'ar' : 'en';
const theme = ['light', 'dark', 'auto'].includes(params.get('theme') ?? '') ? params.get('theme') : 'auto';

document.documentElement.lang = lang;
document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';

if (entry) {
  document.title = `${entry.title[lang]} (${lang}, ${theme}) — Factbox`;
  const slot = document.createElement('div');
  slot.className = 'widget-slot';
  slot.dataset.factbox = entry.name;
  slot.dataset.lang = lang;
  slot.dataset.theme = theme;
  column.append(slot);
} else {
  const heading = document.createElement('h1');
  heading.textContent = 'One widget in an article column';
  const list = document.createElement('ul');
  for (const e of WIDGET_CATALOGUE) {
    for (const l of ['en', 'ar']) {
      for (const t of ['light', 'dark']) {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = `?widget=${e.name}&lang=${l}&theme=${t}`;
        link.textContent = `${e.title[l]} — ${l}, ${t}`;
        item.append(link);
        list.append(item);
      }
    }
  }
  column.append(heading, list);
}
