// A citation as the reader wants it: the quoted words marked inside the report's paragraph. The
// report is Chinese: the quotation keeps lang="zh-CN" and is marked not to be translated.
import type { Citation } from '../api/types.js';
import { el } from '../dom.js';
import { t } from '../i18n/ui-text.js';

export function citationView(citation: Citation): HTMLElement {
  const quote = el('blockquote', { translate: false, attrs: { lang: 'zh-CN' } });
  const text = citation.paragraphText;
  const at = text ? text.indexOf(citation.quote) : -1;
  if (text && at >= 0) {
    quote.append(text.slice(0, at), el('mark', {}, citation.quote), text.slice(at + citation.quote.length));
  } else {
    quote.append(el('mark', {}, citation.quote));
  }
  const ref = el('div', { className: 'cite-ref' }, el('span', { translate: false }, citation.document), ' ', t('paragraph', { n: citation.paragraph }));
  return el('div', { className: 'citation' }, quote, ref);
}
