// Gaps overlay: choose one of the report's coordination gaps; the actors involved and the
// relations at issue are highlighted on the canvas, the evidence and the report's words listed.
import { coordinationGaps, type CoordinationGap } from '../api.js';
import { el } from '../dom.js';
import type { Explorer } from '../explorer.js';
import { formatMetricValue } from '../format.js';
import { GAP_TYPES, actorLabel, gapName, language, onLanguageChange, t } from '../i18n.js';
import { actorLink } from '../panels/actor-link.js';
import { citationView } from '../panels/citations.js';
import type { Mode } from '../panels/tabs.js';
import { pathView } from './path-view.js';

export function gapsMode(explorer: Explorer): Mode {
  let host: HTMLElement;
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
    draw();
  };

  const draw = () => {
    const select = el('select', { id: 'gap-type' },
      ...GAP_TYPES.map((value) => el('option', { value, selected: value === type }, gapName(value))));
    select.addEventListener('change', () => (type = select.value));
    const button = el('button', { type: 'submit', className: 'primary', id: 'gap-show' }, t('showGaps'));
    const form = el('form', { id: 'gap-form' },
      el('div', { className: 'form-row' }, el('label', { htmlFor: 'gap-type' }, t('gapType')), select), button);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void show();
    });
    host.replaceChildren(el('h2', {}, t('gaps')), form, resultsView());
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

  onLanguageChange(() => host && draw());
  return {
    id: 'gaps',
    title: () => t('gaps'),
    mount: (panel) => {
      host = panel;
      draw();
    },
    leave: () => explorer.endSpotlight(),
  };
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
