import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../i18n.js';
import type { Problem } from '../types.js';

/** The error box: what went wrong, its specifics (in English, as the console has them), and "Try again" when it may help. */
export function problemTemplate(problem: Problem, messages: Messages, onRetry: () => void): TemplateResult {
  return html`
    <div class="error" part="error" role="alert">
      <p><strong>${messages.errorTitle}</strong> ${problem.message}</p>
      ${problem.details.length > 0 ? html`<ul lang="en" dir="ltr">${problem.details.map((d) => html`<li><bdi>${d}</bdi></li>`)}</ul>` : nothing}
      ${problem.retry ? html`<button type="button" class="button" part="button" @click=${onRetry}>${messages.retry}</button>` : nothing}
    </div>
  `;
}
