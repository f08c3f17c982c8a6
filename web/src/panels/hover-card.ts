// Hover cards: pointing at an actor shows its names, kind and relations in the view; pointing at
// a relation shows its ends, type, status, basis and figures, then its source quotation once
// fetched. Keyboard users get the same card for the actor they move to.
import { relationDetail, type RelationDetail } from '../api/actors.js';
import { el, properName } from '../dom.js';
import type { Explorer } from '../explorer.js';
import { formatMetricValue } from '../format.js';
import { actorLabel } from '../i18n/actor-label.js';
import { onLanguageChange } from '../i18n/language.js';
import { metricName } from '../i18n/metric-names.js';
import { t } from '../i18n/ui-text.js';
import { basisName, kindName, relationName, statusName } from '../i18n/vocabulary-names.js';
import { reasoningView } from './details.js';

export interface HoverCard {
  showNode(node: string, at?: { x: number; y: number }): void;
  hide(): void;
}

export function mountHoverCard(host: HTMLElement, explorer: Explorer): HoverCard {
  const card = el('div', { id: 'hover-card', className: 'hover-card', hidden: true, attrs: { 'aria-hidden': 'true' } });
  host.append(card);
  const { renderer, state } = explorer;
  const details = new Map<string, Promise<RelationDetail | null>>();

  const place = (at: { x: number; y: number }) => {
    const { width, height } = renderer.getDimensions();
    card.hidden = false;
    const w = card.offsetWidth;
    const h = card.offsetHeight;
    card.style.left = `${Math.min(at.x + 14, width - w - 4)}px`;
    card.style.top = `${Math.min(at.y + 14, height - h - 4)}px`;
  };

  const showNode = (node: string, at?: { x: number; y: number }) => {
    if (!state.graph.hasNode(node)) return;
    const a = state.graph.getNodeAttributes(node);
    const other = a.nameEn && actorLabel(a) === a.name ? a.nameEn : a.name;
    card.replaceChildren(
      el('strong', {}, properName(a.label)),
      !a.group && other !== a.label ? el('div', {}, properName(other)) : '',
      el('div', { className: 'note' }, kindName(a.kind), a.group ? '' : ` · ${a.inDistrict ? t('inDistrict') : t('outDistrict')}`),
      el('div', {}, `${t('relationsInView')}: ${state.graph.degree(node)}`),
      a.measure !== null ? el('div', {}, `${t('measure')}: ${formatMetricValue(a.measure, 'SCORE')}`) : '',
      el('div', { className: 'note' }, t('clickForMore')),
    );
    place(at ?? renderer.framedGraphToViewport(renderer.getNodeDisplayData(node) ?? { x: 0, y: 0 }));
  };

  const showEdge = (edge: string, at: { x: number; y: number }) => {
    const a = state.graph.getEdgeAttributes(edge);
    const [source, target] = state.graph.extremities(edge);
    const name = (node: string) => properName(state.graph.getNodeAttribute(node, 'label'));
    const figures = a.figures.map((f) => el('div', {}, `${metricName(f.name)}: ${formatMetricValue(f.value, f.unit, f.qualifier)}`));
    const quote = el('div', { className: 'note' });
    card.replaceChildren(
      el('strong', {}, name(source), ` → ${relationName(a.type)} → `, name(target)),
      el('div', {}, `${statusName(a.status)} · ${basisName(a.basis)}`),
      ...figures,
      quote,
    );
    place(at);
    if (a.synthetic) return;
    if (!details.has(edge)) details.set(edge, relationDetail(edge, source).catch(() => null));
    void details.get(edge)!.then((detail) => {
      if (!detail || card.hidden) return;
      if (detail.metrics.length && !a.figures.length) state.setFigures(edge, detail.metrics);
      const citation = detail.citations[0];
      quote.replaceChildren(
        detail.basis === 'INFERRED' && detail.reasoning ? reasoningView(detail) : '',
        citation ? el('q', { translate: false, attrs: { lang: 'zh-CN' } }, citation.quote) : '',
        citation ? ` ${t('paragraph', { n: citation.paragraph })}` : '',
      );
      place(at);
    });
  };

  const hide = () => {
    card.hidden = true;
    card.replaceChildren();
  };

  renderer.on('enterNode', ({ node, event }) => showNode(node, event));
  renderer.on('leaveNode', hide);
  renderer.on('enterEdge', ({ edge, event }) => showEdge(edge, event));
  renderer.on('leaveEdge', hide);
  renderer.getCamera().on('updated', hide);
  onLanguageChange(hide);
  return { showNode, hide };
}
