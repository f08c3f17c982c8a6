// Gaps overlay: choose one of the report's coordination gaps; the actors involved and the
// relations at issue are highlighted on the canvas, the evidence and the report's words listed.
import { coordinationGaps, type CoordinationGap } from '../api/analytics.js';
import { el, form, formRow, properName } from '../dom.js';
import type { Explorer } from '../explorer.js';
import { formatMetricValue } from '../format.js';
import { actorLabel } from '../i18n/actor-label.js';
import { gapExplanation, gapTitle } from '../i18n/gap-titles.js';
import { language } from '../i18n/language.js';
import { metricName } from '../i18n/metric-names.js';
import { t } from '../i18n/ui-text.js';
import { GAP_TYPES, gapName } from '../i18n/vocabulary-names.js';
import { actorLink } from '../panels/actor-link.js';
import { citationView } from '../panels/citations.js';
import { errorView } from '../panels/error-view.js';
import { panelMode, type Mode } from '../panels/tabs.js';
import type { GapType } from '../__generated__/graphql.js';
import { pathView } from './path-view.js';

export interface GapsMode extends Mode {
  show(type: GapType): Promise<void>;
}

export function gapsMode(explorer: Explorer): GapsMode {
  let type: GapType = GAP_TYPES[0]!;
  let gaps: CoordinationGap[] | null = null;
  let failure: unknown = null;

  const show = async () => {
    gaps = null;
    failure = null;
    explorer.endSpotlight();
    try {
      const found = await explorer.busy(() => coordinationGaps([type]));
      gaps = found;
      const shown = type;
      await explorer.spotlight(
        found.flatMap((gap) => [...gap.actors, ...gap.evidence.paths.flatMap((p) => p.nodes)]),
        found.flatMap((gap) => [...gap.evidence.relations, ...gap.evidence.paths.flatMap((p) => p.relations)]),
        () => gapName(shown),
      );
    } catch (error) {
      failure = error;
    }
    mode.redraw();
  };

  const formView = () => {
    const select = el('select', { id: 'gap-type' }, ...GAP_TYPES.map((value) => el('option', { value, selected: value === type }, gapName(value))));
    select.addEventListener('change', () => (type = select.value as GapType));
    return form('gap-form', show, formRow(t('gapType'), select), el('button', { type: 'submit', className: 'primary', id: 'gap-show' }, t('showGaps')));
  };

  const resultsView = () => {
    if (failure) return el('div', { id: 'gap-results' }, errorView('gap-error', failure, () => {}));
    if (gaps === null) return el('div', { id: 'gap-results' });
    if (gaps.length === 0) return el('p', { id: 'gap-results', className: 'note' }, t('noGaps'));
    const problem = gaps[0]?.problem;
    return el('section', { id: 'gap-results', attrs: { 'aria-live': 'polite' } },
      problem
        ? el('div', { className: 'gap-problem' },
            el('h3', {}, t('reportSays', { title: language() === 'zh' ? problem.title : problem.titleEn })),
            ...problem.citations.map(citationView))
        : null,
      el('ol', { className: 'result-list plain' }, ...gaps.map((gap) => gapView(gap, explorer))),
    );
  };

  const mode = panelMode('gaps', () => t('gaps'), () => [el('h2', {}, t('gaps')), formView(), resultsView()], {
    leave: () => explorer.endSpotlight(),
  });
  return {
    ...mode,
    show: async (chosen) => {
      type = chosen;
      mode.redraw();
      await show();
    },
  };
}

function gapView(gap: CoordinationGap, explorer: Explorer): HTMLElement {
  // Severity 1 is the worst: the meter's optimum is 0, so high values show red, low ones green.
  const severity = el('meter', {
    min: 0,
    max: 1,
    low: 0.34,
    high: 0.67,
    optimum: 0,
    value: gap.severity,
    attrs: { 'aria-label': t('severityValue', { value: gap.severity.toFixed(2) }) },
  });
  return el('li', { className: 'gap', attrs: { 'data-type': gap.type, 'data-severity': gap.severity.toFixed(2) } },
    el('strong', { className: 'gap-title' }, gapTitle(gap)),
    el('div', {}, `${t('severity')} `, severity, ` ${gap.severity.toFixed(2)}`),
    el('p', { className: 'note gap-explanation' }, gapExplanation(gap)),
    gap.actors.length ? el('div', {}, `${t('actors')}: `, ...gap.actors.flatMap((a) => [actorLink(a, explorer), ' '])) : null,
    gap.evidence.metrics.length
      ? el('ul', { className: 'evidence' }, ...gap.evidence.metrics.map((m) =>
          el('li', {}, m.actor ? properName(actorLabel(m.actor)) : '', m.actor ? ' · ' : '', `${metricName(m.name)}: ${formatMetricValue(m.value, m.unit)}`)))
      : null,
    ...gap.evidence.paths.map((path) => el('div', {}, pathView(path, explorer))),
  );
}
