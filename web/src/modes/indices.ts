// Indices view: the report's three planned indices (创新指数, 创业服务指数, 技术转移指数) with their
// indicators, weights and top contributors; a contributor list can be shown on the graph, and the
// actors coloured by their contribution.
import { indices, type InnovationIndex } from '../api/analytics.js';
import { el } from '../dom.js';
import type { Explorer } from '../explorer.js';
import { indicatorDescription, indicatorName } from '../i18n/indicator-text.js';
import { language } from '../i18n/language.js';
import { t } from '../i18n/ui-text.js';
import { actorLink } from '../panels/actor-link.js';
import { panelMode, type Mode } from '../panels/tabs.js';

export function indicesMode(explorer: Explorer, colourBy: (indexId: string) => void): Mode {
  let loaded: InnovationIndex[] | null = null;
  const mode = panelMode(
    'indices',
    () => t('indices'),
    () => [el('h2', {}, t('indices')), ...(loaded ?? []).map((index) => indexView(index, explorer, colourBy))],
    {
      // Loaded when first opened: the indices are computed over the whole graph.
      enter: async () => {
        if (loaded !== null) return;
        loaded = (await explorer.run(() => indices())) ?? null;
        mode.redraw();
      },
      leave: () => explorer.endSpotlight(),
    },
  );
  return mode;
}

function indexView(index: InnovationIndex, explorer: Explorer, colourBy: (indexId: string) => void): HTMLElement {
  const name = () => (language() === 'zh' ? index.name : index.nameEn);
  const show = el('button', { type: 'button', className: 'show-contributors' }, t('showOnGraph'));
  show.addEventListener('click', () => void explorer.spotlight(index.contributions.map((c) => c.actor), [], name));
  const colour = el('button', { type: 'button', className: 'colour-by-index' }, t('sizeByIndex'));
  colour.addEventListener('click', () => colourBy(index.id));
  const percent = (x: number) => `${(x * 100).toFixed(0)}%`;
  return el('article', { className: 'index', attrs: { 'data-index': index.id } },
    el('h3', {}, `${name()}: `, el('strong', { className: 'index-value' }, index.value.toFixed(1))),
    el('p', { className: 'note' }, t('eligible', { n: index.eligibleActors })),
    el('details', {}, el('summary', {}, t('indicators')),
      el('ul', {}, ...index.indicators.map((i) =>
        el('li', {}, el('strong', {}, `${indicatorName(i.name)} · ${percent(i.weight)}`), el('div', { className: 'note' }, indicatorDescription(i.name, i.description)))))),
    el('p', {}, show, ' ', colour),
    el('table', { className: 'contributors' },
      el('caption', {}, t('topContributors')),
      el('thead', {}, el('tr', {}, ...[t('rank'), t('actor'), t('score'), t('contribution')].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, ...index.contributions.map((c) =>
        el('tr', {}, el('td', {}, String(c.rank)), el('td', {}, actorLink(c.actor, explorer)),
          el('td', {}, c.score.toFixed(2)), el('td', {}, c.contribution.toFixed(2))))),
    ),
  );
}
