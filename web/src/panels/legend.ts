// Legend and filters in one: each colour swatch is also the checkbox that shows or hides its
// actor kind, relation type or relation status.
import { el } from '../dom.js';
import type { Explorer } from '../explorer.js';
import { kindName, onLanguageChange, relationName, statusName, t } from '../i18n.js';
import { ACTOR_KINDS, KIND_COLORS, RELATION_COLORS, RELATION_STATUSES, RELATION_TYPES, isTentative } from '../vocabulary.js';

interface Group {
  id: string;
  title: () => string;
  values: readonly string[];
  name: (value: string) => string;
  swatch: (value: string) => HTMLElement;
  hidden: Set<string>;
}

export function mountLegend(host: HTMLElement, explorer: Explorer): void {
  const { filters } = explorer.state;
  const dot = (color: string, className = 'swatch') => {
    const swatch = el('span', { className, attrs: { 'aria-hidden': 'true' } });
    swatch.style.background = color;
    return swatch;
  };
  const groups: Group[] = [
    { id: 'kind', title: () => t('kinds'), values: ACTOR_KINDS, name: kindName, hidden: filters.hiddenKinds,
      swatch: (v) => dot(KIND_COLORS[v as keyof typeof KIND_COLORS]) },
    { id: 'type', title: () => t('relationTypes'), values: RELATION_TYPES, name: relationName, hidden: filters.hiddenTypes,
      swatch: (v) => dot(RELATION_COLORS[v as keyof typeof RELATION_COLORS], 'swatch line') },
    { id: 'status', title: () => t('statuses'), values: RELATION_STATUSES, name: statusName, hidden: filters.hiddenStatuses,
      swatch: (v) => dot('#1b2631', isTentative(v as 'ESTABLISHED') ? 'swatch line dashed' : 'swatch line') },
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
            });
            return el('li', {}, el('label', {}, box, group.swatch(value), group.name(value)));
          })),
        ),
      ),
      el('p', { className: 'note' }, t('tentativeNote')),
    );
  };
  onLanguageChange(draw);
  draw();
}
