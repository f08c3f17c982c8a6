// Indices view: the report's three planned indices (创新指数, 创业服务指数, 技术转移指数) with
// their indicators, weights and top contributors; a contributor list can be shown on the graph.
import { indices, type InnovationIndex } from '../api.js';
import { el } from '../dom.js';
import type { Explorer } from '../explorer.js';
import { language, t } from '../i18n.js';
import { actorLink } from '../panels/actor-link.js';
import { panelMode, type Mode } from '../panels/tabs.js';

export function indicesMode(explorer: Explorer): Mode {
  let loaded: InnovationIndex[] | null = null;
  const mode = panelMode(
    'indices',
    () => t('indices'),
    () => [el('h2', {}, t('indices')), ...(loaded ?? []).map((index) => indexView(index, explorer))],
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

function indexView(index: InnovationIndex, explorer: Explorer): HTMLElement {
  const show = el('button', { type: 'button' }, t('showOnGraph'));
  show.addEventListener('click', () => explorer.spotlight(index.contributions.map((c) => c.actor), []));
  const percent = (x: number) => `${(x * 100).toFixed(0)}%`;
  return el('article', { className: 'index', attrs: { 'data-index': index.id } },
    el('h3', {}, `${language() === 'zh' ? index.name : index.nameEn}: `, el('strong', { className: 'index-value' }, index.value.toFixed(1))),
    el('p', { className: 'note' }, `${t('eligible')}: ${index.eligibleActors}`),
    el('details', {}, el('summary', {}, t('indicators')),
      el('ul', {}, ...index.indicators.map((i) => el('li', { title: i.description }, `${i.name} · ${percent(i.weight)}`)))),
    el('table', { className: 'contributors' },
      el('caption', {}, t('topContributors'), ' ', show),
      el('thead', {}, el('tr', {}, ...[t('rank'), t('actor'), t('score'), t('contribution')].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, ...index.contributions.map((c) =>
        el('tr', {}, el('td', {}, String(c.rank)), el('td', {}, actorLink(c.actor, explorer)),
          el('td', {}, c.score.toFixed(2)), el('td', {}, c.contribution.toFixed(2))))),
    ),
  );
}
