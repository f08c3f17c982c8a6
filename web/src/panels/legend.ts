// Legend and filters in one: each colour swatch is also the checkbox that shows or hides its
// actor kind, relation type, relation status or basis (stated or inferred); below, the line
// styles and what they mean.
import { el } from '../dom.js';
import type { Explorer } from '../explorer.js';
import { onLanguageChange } from '../i18n/language.js';
import { t } from '../i18n/ui-text.js';
import { basisName, kindName, relationName, statusName } from '../i18n/vocabulary-names.js';
import { ACTOR_KINDS, BASES, RELATION_STATUSES, RELATION_TYPES, kindColor, lineStyle, relationColor, type Basis, type LineStyle, type RelationStatus } from '../vocabulary.js';

interface Group {
  id: string;
  title: () => string;
  values: readonly string[];
  name: (value: string) => string;
  swatch: (value: string) => HTMLElement;
  hidden: Set<string>;
}

export function swatch(color: string, style: 'dot' | LineStyle): HTMLElement {
  const element = el('span', { className: `swatch ${style === 'dot' ? '' : `line ${style}`}`, attrs: { 'aria-hidden': 'true' } });
  element.style.setProperty('--swatch', color);
  return element;
}

export function mountLegend(host: HTMLElement, explorer: Explorer): void {
  const { filters } = explorer.state;
  const groups: Group[] = [
    { id: 'kind', title: () => t('kinds'), values: ACTOR_KINDS, name: kindName, hidden: filters.hiddenKinds, swatch: (v) => swatch(kindColor(v), 'dot') },
    { id: 'type', title: () => t('relationTypes'), values: RELATION_TYPES, name: relationName, hidden: filters.hiddenTypes, swatch: (v) => swatch(relationColor(v), 'solid') },
    {
      id: 'status',
      title: () => t('statuses'),
      values: RELATION_STATUSES,
      name: statusName,
      hidden: filters.hiddenStatuses,
      swatch: (v) => swatch('#1b2631', lineStyle(v as RelationStatus, 'STATED')),
    },
    {
      id: 'basis',
      title: () => t('bases'),
      values: BASES,
      name: basisName,
      hidden: filters.hiddenBases,
      swatch: (v) => swatch('#1b2631', lineStyle('ESTABLISHED', v as Basis)),
    },
  ];

  const draw = () => {
    host.replaceChildren(
      el('h2', { id: 'legend-title' }, t('legend')),
      ...groups.map((group) =>
        el('fieldset', { className: 'filter-group', id: `filter-${group.id}` },
          el('legend', {}, group.title()),
          el('ul', { className: 'filter-list' }, ...group.values.map((value) => {
            const box = el('input', { type: 'checkbox', checked: !group.hidden.has(value), value, attrs: { 'data-filter': group.id } });
            box.addEventListener('change', () => {
              if (box.checked) group.hidden.delete(value);
              else group.hidden.add(value);
              explorer.state.applyFilters();
              explorer.redraw([]);
            });
            return el('li', {}, el('label', {}, box, group.swatch(value), group.name(value)));
          })),
        ),
      ),
      el('section', { id: 'line-styles', attrs: { 'aria-labelledby': 'line-styles-title' } },
        el('h3', { id: 'line-styles-title' }, t('lineStyles')),
        el('ul', { className: 'filter-list' },
          el('li', {}, swatch('#1b2631', 'solid'), t('lineStated')),
          el('li', {}, swatch('#1b2631', 'dashed'), t('lineTentative')),
          el('li', {}, swatch('#1b2631', 'dotted'), t('lineInferred')),
          el('li', {}, swatch('#1b2631', 'sparse-dotted'), t('lineTentativeInferred')),
        ),
      ),
    );
  };
  onLanguageChange(draw);
  draw();
}
