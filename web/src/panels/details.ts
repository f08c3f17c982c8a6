// The side panel for the selected actor: kind, names, aliases, metrics with units, relations
// (each neighbour a button that focuses it) and the report's words it is cited from.
import { actorDetail, type ActorDetail, type Metric } from '../api.js';
import { el } from '../dom.js';
import type { Explorer } from '../explorer.js';
import { formatMetricValue } from '../format.js';
import { actorLabel, kindName, onLanguageChange, relationName, statusName, t } from '../i18n.js';
import { KIND_COLORS, UNKNOWN_COLOR, isTentative } from '../vocabulary.js';
import { actorLink } from './actor-link.js';
import { citationView } from './citations.js';

export function mountDetails(host: HTMLElement, explorer: Explorer): void {
  let shown: ActorDetail | null = null;

  const draw = () => {
    if (!shown) {
      host.replaceChildren(el('h2', {}, t('details')), el('p', { className: 'note' }, t('emptyDetails')));
      return;
    }
    host.replaceChildren(detailView(shown, explorer));
  };

  explorer.onSelect(async (id) => {
    if (id === null) {
      shown = null;
      return draw();
    }
    const detail = await explorer.run(() => actorDetail(id));
    if (detail === undefined || explorer.selected !== id) return;
    shown = detail;
    draw();
  });
  onLanguageChange(draw);
  draw();
}

function detailView(actor: ActorDetail, explorer: Explorer): HTMLElement {
  const badge = el('span', { className: 'kind-badge' }, kindName(actor.kind));
  badge.style.background = KIND_COLORS[actor.kind] ?? UNKNOWN_COLOR;
  const expanded = explorer.state.graph.hasNode(actor.id) && explorer.state.graph.getNodeAttribute(actor.id, 'expanded');
  const expand = el('button', { type: 'button', id: 'expand-selected', disabled: expanded }, expanded ? t('expanded') : t('expand'));
  expand.addEventListener('click', () => void explorer.run(() => explorer.expand(actor.id)).then(() => explorer.select(actor.id)));

  const names = el('dl', { className: 'facts' },
    el('dt', {}, t('names')), el('dd', {}, [actor.name, actor.nameEn].filter(Boolean).join(' · ')),
    el('dt', {}, t('aliases')), el('dd', {}, actor.aliases.join('、') || '—'),
    el('dt', {}, t('district')), el('dd', {}, `${actor.district ?? '—'} (${actor.inDistrict ? t('inDistrict') : t('outDistrict')})`),
  );

  return el('article', { id: 'actor-details', attrs: { 'aria-labelledby': 'actor-title', 'data-actor': actor.id } },
    el('h2', { id: 'actor-title' }, actorLabel(actor)),
    el('p', {}, badge, ' ', expand),
    names,
    actor.description ? el('p', {}, actor.description) : null,
    section(t('metrics'), actor.metrics.map(metricView), 'actor-metrics'),
    section(t('relations'), actor.relations.map((relation) => {
      const outgoing = relation.from.id === actor.id;
      const other = outgoing ? relation.to : relation.from;
      return el('li', {},
        el('span', {}, `${outgoing ? '→' : '←'} ${relationName(relation.type)} `),
        actorLink(other, explorer),
        isTentative(relation.status) ? el('span', { className: 'status-tag' }, statusName(relation.status)) : null,
        ...relation.metrics.map(metricView),
      );
    }), 'actor-relations'),
    section(t('citations'), actor.citations.map((c) => el('li', {}, citationView(c))), 'actor-citations'),
  );
}

function section(title: string, items: HTMLElement[], id: string): HTMLElement | null {
  if (items.length === 0) return null;
  return el('section', { id }, el('h3', {}, title), el('ul', { className: 'plain' }, ...items));
}

function metricView(metric: Metric): HTMLElement {
  const asOf = metric.asOf ? ` (${t('asOf')} ${metric.asOf})` : '';
  const quote = metric.citations[0];
  return el('div', { className: 'metric' },
    el('strong', {}, `${metric.name}: ${formatMetricValue(metric.value, metric.unit)}`),
    el('span', { className: 'note' }, asOf),
    quote ? el('div', { className: 'cite-ref' }, `“${quote.quote}” ${quote.document} ${t('paragraph')}${quote.paragraph}`) : null,
  );
}
