import type { Locale, Messages } from '../i18n.js';
import type { Provenance } from '../provenance.js';

/** What every template module needs to know about the widget it renders for. */
export interface TemplateContext {
  readonly locale: Locale;
  readonly messages: Messages;
  readonly provenance: Provenance;
}
