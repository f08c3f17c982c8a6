// An error shown where the user acted, in the page's language: for an ambiguous name the
// candidates are links that run the request again with the one chosen.
import { ApiError, type Candidate } from '../api/api-error.js';
import { el, properName } from '../dom.js';
import { errorParts } from '../i18n/error-text.js';
import { t } from '../i18n/ui-text.js';
import { kindName } from '../i18n/vocabulary-names.js';

export function errorView(id: string, error: unknown, choose: (candidate: Candidate) => void): HTMLElement {
  const candidates = error instanceof ApiError ? error.candidates : [];
  const intro = error instanceof ApiError && error.code === 'ACTOR_NOT_FOUND' && candidates.length ? ` ${t('didYouMean')}` : '';
  return el('div', { id, className: 'error', attrs: { role: 'alert', 'data-code': error instanceof ApiError ? error.code : 'PAGE' } },
    el('p', {}, t('errorPrefix'), ...errorParts(error), intro),
    candidates.length
      ? el('ul', { className: 'candidates' }, ...candidates.map((candidate) => {
          const link = el('button', { type: 'button', className: 'link-button', attrs: { 'data-candidate': candidate.id } }, properName(candidate.name));
          link.addEventListener('click', () => choose(candidate));
          return el('li', {}, link, candidate.kind ? el('span', { className: 'hint' }, ` ${kindName(candidate.kind)}`) : null);
        }))
      : null,
  );
}
