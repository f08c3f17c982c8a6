// "Size and colour": draw actors by a chosen measure (relations in the view, brokerage, an index
// contribution), with the colour scale and what it runs from and to.
import { indexScores, type IndexScores } from '../api/analytics.js';
import { el } from '../dom.js';
import type { Explorer } from '../explorer.js';
import { formatMetricValue } from '../format.js';
import { language, onLanguageChange } from '../i18n/language.js';
import { t } from '../i18n/ui-text.js';
import { NO_VALUE_COLOR, SCALE_STOPS } from '../colour-scale.js';
import type { Measure } from '../measures.js';
import { swatch } from './legend.js';

/** How many contributors of each index are fetched: the API's cap on `first`. */
const INDEX_TOP = 200;

export interface MeasurePicker {
  /** Chooses a measure by its value in the select: kind, degree, brokerage or index:<id>. */
  choose(value: string): Promise<void>;
}

export function mountMeasurePicker(host: HTMLElement, explorer: Explorer): MeasurePicker {
  let scores: IndexScores[] | null = null;
  let chosen = 'kind';

  const options = (): [string, string][] => [
    ['kind', t('measureKind')],
    ['degree', t('measureDegree')],
    ['brokerage', t('measureBrokerage')],
    ...(scores ?? defaultIndices()).map((index): [string, string] => [`index:${index.id}`, t('measureIndex', { index: language() === 'zh' ? index.name : index.nameEn })]),
  ];

  const choose = async (value: string) => {
    chosen = value;
    let measure: Measure = { kind: 'kind' };
    if (value === 'degree' || value === 'brokerage') measure = { kind: value };
    if (value.startsWith('index:')) {
      scores ??= (await explorer.run(() => indexScores(INDEX_TOP))) ?? null;
      const index = scores?.find((i) => `index:${i.id}` === value);
      if (index) measure = { kind: 'index', index: index.id, scores: new Map(index.contributions.map((c) => [c.actor.id, c.contribution])) };
    }
    explorer.setMeasure(measure);
    draw();
  };

  const draw = () => {
    const select = el('select', { id: 'measure' }, ...options().map(([value, text]) => el('option', { value, selected: value === chosen }, text)));
    select.addEventListener('change', () => void choose(select.value));
    const range = explorer.measureRange;
    const scale = el('div', { className: 'scale', attrs: { 'aria-hidden': 'true' } });
    scale.style.background = `linear-gradient(90deg, ${SCALE_STOPS.join(', ')})`;
    const unit = chosen.startsWith('index:') || chosen === 'degree' ? 'COUNT' : 'SCORE';
    host.replaceChildren(
      el('h2', { id: 'measure-title' }, t('measure')),
      el('div', { className: 'form-row' }, el('label', { htmlFor: 'measure' }, t('measureLabel')), select),
      range
        ? el('div', { id: 'measure-legend' },
            scale,
            el('div', { className: 'scale-ends' },
              el('span', {}, `${t('measureLow')} ${formatMetricValue(range.min, unit)}`),
              el('span', {}, `${t('measureHigh')} ${formatMetricValue(range.max, unit)}`)),
            el('p', { className: 'note' }, swatch(NO_VALUE_COLOR, 'dot'), ' ', t('measureNone'),
              chosen.startsWith('index:') ? ` · ${t('measureTopNote', { n: INDEX_TOP })}` : ''))
        : '',
    );
  };
  explorer.onMeasure(() => draw());
  onLanguageChange(draw);
  draw();
  return { choose };
}

/** The three indices by name before their scores are fetched (ids from docs/indices.md). */
function defaultIndices(): { id: string; name: string; nameEn: string }[] {
  return [
    { id: 'index-innovation', name: '创新指数', nameEn: 'innovation index' },
    { id: 'index-startup-service', name: '创业服务指数', nameEn: 'start-up service index' },
    { id: 'index-technology-transfer', name: '技术转移指数', nameEn: 'technology transfer index' },
  ];
}
