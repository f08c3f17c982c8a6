// Gaps overlay: choose one of the report's coordination gaps; the actors involved and the
// relations at issue are highlighted on the canvas, the evidence and the report's words listed.
import { coordinationGaps, type CoordinationGap } from '../api.js';
import { el, form, formRow } from '../dom.js';
import type { Explorer } from '../explorer.js';
import { formatMetricValue } from '../format.js';
import { GAP_TYPES, actorLabel, gapName, language, t } from '../i18n.js';
import { actorLink } from '../panels/actor-link.js';
import { citationView } from '../panels/citations.js';
import { panelMode, type Mode } from '../panels/tabs.js';
import { pathView } from './path-view.js';

export function gapsMode(explorer: Explorer): Mode {
  let type = GAP_TYPES[0] ?? '';
  let gaps: CoordinationGap[] | null = null;

  const show = async () => {
    const found = await explorer.run(() => coordinationGaps([type]));
    if (found === undefined) return;
    gaps = found;
    explorer.spotlight(
      found.flatMap((gap) => [...gap.actors, ...gap.evidence.paths.flatMap((p) => p.nodes)]),
      found.flatMap((gap) => [...gap.evidence.relations, ...gap.evidence.paths.flatMap((p) => p.relations)]),
    );
    mode.redraw();
  };

  const formView = () => {
    const select = el('select', { id: 'gap-type' },
      ...GAP_TYPES.map((value) => el('option', { value, selected: value === type }, gapName(value))));
    select.addEventListener('change', () => (type = select.value));
    return form('gap-form', show,
      formRow(t('gapType'), select),
      el('button', { type: 'submit', className: 'primary', id: 'gap-show' }, t('showGaps')));
  };

  const resultsView = () => {
    if (gaps === null) return el('div', { id: 'gap-results' });
    if (gaps.length === 0) return el('p', { id: 'gap-results', className: 'note' }, t('noGaps'));
    const problem = gaps[0]?.problem;
    return el('section', { id: 'gap-results', attrs: { 'aria-live': 'polite' } },
      problem ? el('div', { className: 'gap-problem' },
        el('h3', {}, `${t('reportSays')}: ${language() === 'zh' ? problem.title : problem.titleEn}`),
        ...problem.citations.map(citationView)) : null,
      el('ol', { className: 'result-list plain' }, ...gaps.map((gap) => gapView(gap, explorer))),
    );
  };

  const mode = panelMode('gaps', () => t('gaps'), () => [el('h2', {}, t('gaps')), formView(), resultsView()], {
    leave: () => explorer.endSpotlight(),
  });
  return mode;
}

function gapView(gap: CoordinationGap, explorer: Explorer): HTMLElement {
  const severity = el('meter', { min: 0, max: 1, value: gap.severity, attrs: { 'aria-label': t('severity') } });
  return el('li', { className: 'gap' },
    el('strong', {}, gap.title),
    el('div', {}, `${t('severity')} `, severity, ` ${gap.severity.toFixed(2)}`),
    gap.actors.length ? el('div', {}, `${t('actors')}: `, ...gap.actors.flatMap((a) => [actorLink(a, explorer), ' '])) : null,
    gap.evidence.metrics.length
      ? el('ul', { className: 'evidence' }, ...gap.evidence.metrics.map((m) =>
          el('li', {}, `${m.actor ? actorLabel(m.actor) + ' · ' : ''}${m.name}: ${formatMetricValue(m.value, m.unit)}`)))
      : null,
    ...gap.evidence.paths.map((path) => el('div', {}, pathView(path, explorer))),
  );
}
