// The side panel for the selected actor: kind, names, figures with units, relations (each
// neighbour a button), the report's words; and what to do with it: expand all or by relation
// type, collapse its neighbours by kind, remove it, find paths from or to it.
import { actorDetail, type ActorDetail, type RelationDetail } from '../api/actors.js';
import type { ActorSummary, Metric } from '../api/types.js';
import { el, properName, writtenIn } from '../dom.js';
import type { Explorer } from '../explorer.js';
import { formatMetricValue } from '../format.js';
import { neighbourGroups } from '../groups.js';
import { actorLabel } from '../i18n/actor-label.js';
import { language, onLanguageChange } from '../i18n/language.js';
import { metricName } from '../i18n/metric-names.js';
import { t, type UiKey } from '../i18n/ui-text.js';
import { basisName, kindName, kindPlural, relationName, statusName } from '../i18n/vocabulary-names.js';
import { isTentative, kindColor, type RelationType } from '../vocabulary.js';
import { actorLink } from './actor-link.js';
import { citationView } from './citations.js';

export interface DetailActions {
  pathFrom(actor: ActorSummary): void;
  pathTo(actor: ActorSummary): void;
}

export function mountDetails(host: HTMLElement, explorer: Explorer, actions: DetailActions): void {
  let shown: ActorDetail | null = null;

  const draw = () => {
    const { graph } = explorer.state;
    const selected = explorer.selected;
    const group = selected && graph.hasNode(selected) ? graph.getNodeAttribute(selected, 'group') : null;
    if (selected && group) return host.replaceChildren(groupView(selected, explorer, draw));
    if (!shown) return host.replaceChildren(el('h2', {}, t('details')), el('p', { className: 'note' }, t('emptyDetails')));
    host.replaceChildren(detailView(shown, explorer, actions, draw));
  };

  explorer.onSelect(async (id) => {
    shown = null;
    if (id === null || id.startsWith('group:')) return draw();
    const detail = await explorer.run(() => actorDetail(id));
    if (detail === undefined || explorer.selected !== id) return;
    shown = detail;
    draw();
  });
  explorer.state.graph.on('nodeDropped', draw);
  onLanguageChange(draw);
  draw();
}

function groupView(id: string, explorer: Explorer, redraw: () => void): HTMLElement {
  const { graph } = explorer.state;
  const group = graph.getNodeAttribute(id, 'group')!;
  const anchor = graph.hasNode(group.anchor) ? graph.getNodeAttribute(group.anchor, 'label') : group.anchor;
  const open = el('button', { type: 'button', id: 'open-group' }, t('uncollapse'));
  open.addEventListener('click', () => {
    explorer.openGroup(id);
    explorer.select(null);
    redraw();
  });
  return el('article', { id: 'group-details' },
    el('h2', {}, t('groupOf', { anchor, n: group.members.length, kind: kindPlural(group.kind) })),
    el('p', {}, open),
    el('ul', { className: 'plain' }, ...group.members.filter((m) => graph.hasNode(m)).map((m) => el('li', {}, properName(graph.getNodeAttribute(m, 'label'))))),
  );
}

function detailView(actor: ActorDetail, explorer: Explorer, actions: DetailActions, redraw: () => void): HTMLElement {
  const { graph } = explorer.state;
  const badge = el('span', { className: 'kind-badge' }, kindName(actor.kind));
  badge.style.background = kindColor(actor.kind);
  const onCanvas = graph.hasNode(actor.id);
  const expanded = onCanvas && graph.getNodeAttribute(actor.id, 'expanded');
  const expand = el('button', { type: 'button', id: 'expand-selected', disabled: expanded }, expanded ? t('expanded') : t('expand'));
  expand.addEventListener('click', () => void explorer.run(() => explorer.expand({ id: actor.id })).then(() => explorer.select(actor.id)));

  const button = (id: string, text: string, action: () => void) => {
    const b = el('button', { type: 'button', id }, text);
    b.addEventListener('click', action);
    return b;
  };
  const tools = el('p', { className: 'actions' },
    button('path-from-here', t('pathFromHere'), () => actions.pathFrom(actor)),
    button('path-to-here', t('pathToHere'), () => actions.pathTo(actor)),
    onCanvas ? button('remove-actor', t('hideActor'), () => explorer.removeActor(actor.id)) : null,
  );

  const names = el('dl', { className: 'facts' },
    el('dt', {}, t('names')), el('dd', {}, properName(actor.name), actor.nameEn ? ' · ' : '', actor.nameEn ? properName(actor.nameEn) : ''),
    el('dt', {}, t('aliases')), el('dd', {}, ...(actor.aliases.length ? actor.aliases.flatMap((a, i) => [i ? '、' : '', properName(a)]) : ['—'])),
    el('dt', {}, t('district')), el('dd', {}, actor.district ? properName(actor.district) : '—', ` (${actor.inDistrict ? t('inDistrict') : t('outDistrict')})`),
  );

  return el('article', { id: 'actor-details', attrs: { 'aria-labelledby': 'actor-title', 'data-actor': actor.id } },
    el('h2', { id: 'actor-title' }, properName(actorLabel(actor))),
    el('p', {}, badge, ' ', expand),
    tools,
    expandByType(actor, explorer),
    collapseControls(actor.id, explorer, redraw),
    names,
    actor.description ? el('p', { className: 'note' }, ...editorNote(actor.description, actor.descriptionZh, 'note', 'noteInEnglish')) : null,
    section(t('metrics'), actor.metrics.map(metricView), 'actor-metrics'),
    relationsSection(actor, explorer),
    section(t('citations'), actor.citations.map((c) => el('li', {}, citationView(c))), 'actor-citations'),
  );
}

/** A select of the relation types the actor has (with counts) and a button to draw only those. */
function expandByType(actor: ActorDetail, explorer: Explorer): HTMLElement | null {
  const counts = new Map<RelationType, number>();
  for (const r of actor.relations) counts.set(r.type, (counts.get(r.type) ?? 0) + 1);
  if (counts.size < 2) return null;
  const select = el('select', { id: 'expand-type' },
    ...[...counts].map(([type, n]) => el('option', { value: type }, `${relationName(type)} (${n})`)));
  const go = el('button', { type: 'button', id: 'expand-type-run' }, t('expandByButton'));
  go.addEventListener('click', () =>
    void explorer.run(() => explorer.expand({ id: actor.id, relationTypes: [select.value as RelationType] })).then(() => explorer.select(actor.id)));
  return el('div', { className: 'form-inline' }, el('label', { htmlFor: 'expand-type' }, t('expandBy')), select, go);
}

/** One button per kind of neighbours that can fold into a group (企业 ×12). */
function collapseControls(anchor: string, explorer: Explorer, redraw: () => void): HTMLElement | null {
  const groups = neighbourGroups(explorer.state.graph, anchor);
  if (groups.length === 0) return null;
  return el('div', { id: 'collapse-groups', className: 'form-inline' },
    el('span', {}, t('collapseGroups')),
    ...groups.map((group) => {
      const b = el('button', { type: 'button', attrs: { 'data-kind': group.kind } }, `${t('collapse')} ${t('group', { kind: kindName(group.kind), n: group.members.length })}`);
      b.addEventListener('click', () => {
        explorer.collapse(anchor, group);
        redraw();
      });
      return b;
    }),
  );
}

function relationView(actor: ActorDetail, relation: RelationDetail, explorer: Explorer): HTMLElement {
  const outgoing = relation.from.id === actor.id;
  const other = outgoing ? relation.to : relation.from;
  const inferred = relation.basis === 'INFERRED';
  return el('li', { className: inferred ? 'inferred' : '', attrs: { 'data-relation': relation.id, 'data-basis': relation.basis, 'data-status': relation.status } },
    el('span', {}, `${outgoing ? '→' : '←'} ${relationName(relation.type)} `),
    actorLink(other, explorer),
    isTentative(relation.status) ? el('span', { className: 'status-tag' }, statusName(relation.status)) : null,
    inferred ? el('span', { className: 'status-tag inferred' }, basisName(relation.basis)) : null,
    inferred && relation.reasoning ? reasoningView(relation) : null,
    ...relation.metrics.map(metricView),
  );
}

/** How many relations the panel lists at first, and adds per click: a hub has tens of thousands. */
const RELATIONS_PAGE = 100;

function relationsSection(actor: ActorDetail, explorer: Explorer): HTMLElement | null {
  const list = section(t('relations'), actor.relations.slice(0, RELATIONS_PAGE).map((r) => relationView(actor, r, explorer)), 'actor-relations');
  if (!list || actor.relations.length <= RELATIONS_PAGE) return list;
  const items = list.querySelector('ul')!;
  const more = el('button', { type: 'button', id: 'more-relations' });
  const label = () => {
    const left = actor.relations.length - items.children.length;
    more.textContent = t('moreRelations', { n: Math.min(left, RELATIONS_PAGE), total: actor.relations.length });
    more.hidden = left === 0;
  };
  more.addEventListener('click', () => {
    const shown = items.children.length;
    items.append(...actor.relations.slice(shown, shown + RELATIONS_PAGE).map((r) => relationView(actor, r, explorer)));
    label();
  });
  label();
  list.append(more);
  return list;
}

function section(title: string, items: HTMLElement[], id: string): HTMLElement | null {
  if (items.length === 0) return null;
  return el('section', { id }, el('h3', {}, title), el('ul', { className: 'plain' }, ...items));
}

/** Why an inferred relation follows from its sources: the editor's words, in the page's language where written in it. */
export function reasoningView(relation: { reasoning?: string | null; reasoningZh?: string | null }): HTMLElement {
  return el('div', { className: 'note reasoning' }, ...editorNote(relation.reasoning ?? '', relation.reasoningZh, 'inferredBecause', 'inferredBecauseInEnglish'));
}

/**
 * An editorial note (written in English, translated for the seed) with its heading: in the
 * Chinese page its Chinese where the API has one, else the English said to be English.
 */
function editorNote(english: string, chinese: string | null | undefined, heading: UiKey, headingInEnglish: UiKey): (string | HTMLElement)[] {
  if (language() === 'zh' && chinese) return [t(heading), writtenIn(chinese, 'zh')];
  return [t(language() === 'zh' ? headingInEnglish : heading), writtenIn(english, 'en')];
}

export function metricView(metric: Metric): HTMLElement {
  const quote = metric.citations[0];
  return el('div', { className: 'metric' },
    el('strong', {}, `${metricName(metric.name)}: ${formatMetricValue(metric.value, metric.unit, metric.qualifier)}`),
    metric.asOf ? el('span', { className: 'note' }, ` (${t('asOf', { date: metric.asOf })})`) : null,
    quote ? el('div', { className: 'cite-ref' }, el('q', { translate: false, attrs: { lang: 'zh-CN' } }, quote.quote), ' ', el('span', { translate: false }, quote.document), ' ', t('paragraph', { n: quote.paragraph })) : null,
  );
}
