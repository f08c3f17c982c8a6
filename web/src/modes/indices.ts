// Indices view: the report's three planned indices (创新指数, 创业服务指数, 技术转移指数), each
// with what its value means, which indicators have data, their weights and the top contributors
// (groups and placeholders contribute unranked); a contributor list can be shown on the graph, and
// the actors coloured by their contribution.
import { indices, type InnovationIndex } from '../api/analytics.js';
import { el, writtenIn } from '../dom.js';
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
  const zh = language() === 'zh';
  const { coverage } = index;
  return el('article', { className: 'index', attrs: { 'data-index': index.id, 'data-form': index.form } },
    el('h3', {}, `${name()}: `, el('strong', { className: 'index-value' }, index.value.toFixed(1)), ' ', el('span', { className: 'note' }, t(index.form === 'SHARE_OF_BEIJING' ? 'formShare' : 'formBase100'))),
    el('p', { className: 'index-meaning' }, writtenIn(zh ? index.meaning : index.meaningEn, language())),
    el('p', { className: 'note index-coverage' }, t('coverage', { withData: coverage.withData, total: coverage.indicators }), ' · ', t('eligible', { n: index.eligibleActors })),
    el('details', {}, el('summary', {}, t('indicators')),
      el('ul', {}, ...index.indicators.map((i) =>
        el('li', { className: i.hasData ? '' : 'no-data', attrs: { 'data-indicator': i.name } },
          el('strong', {}, `${indicatorName(i.name)} · ${percent(i.hasData ? i.effectiveWeight : 0)}`),
          i.hasData ? null : el('span', { className: 'status-tag' }, t('noData')),
          el('div', { className: 'note' }, writtenIn(indicatorDescription(i.name, i.description), language())))))),
    el('p', {}, show, ' ', colour),
    el('table', { className: 'contributors' },
      el('caption', {}, t('topContributors')),
      el('thead', {}, el('tr', {}, ...[t('rank'), t('actor'), t('score'), t('contribution')].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, ...index.contributions.map((c) =>
        el('tr', {}, el('td', { title: c.rank === null ? t('unranked') : '' }, c.rank === null ? '—' : String(c.rank)), el('td', {}, actorLink(c.actor, explorer)),
          el('td', {}, c.score.toFixed(2)), el('td', {}, c.contribution.toFixed(2))))),
    ),
  );
}
