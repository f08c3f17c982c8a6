// A citation as the reader wants it: the quoted words marked inside the report's paragraph.
import type { Citation } from '../api.js';
import { el } from '../dom.js';
import { t } from '../i18n.js';

export function citationView(citation: Citation): HTMLElement {
  const quote = el('blockquote', {});
  const text = citation.paragraphText;
  const at = text ? text.indexOf(citation.quote) : -1;
  if (text && at >= 0) {
    quote.append(text.slice(0, at), el('mark', {}, citation.quote), text.slice(at + citation.quote.length));
  } else {
    quote.append(el('mark', {}, citation.quote));
  }
  const ref = el('div', { className: 'cite-ref' }, `${citation.document} ${t('paragraph')}${citation.paragraph}`);
  return el('div', { className: 'citation' }, quote, ref);
}
