// Connect mode, the planners' question as a form: from an actor, through actors of some kinds,
// to a target set (e.g. 北航 → funds → enterprises in Haidian). The paths are listed and drawn.
import { connections, type GraphPath } from '../api.js';
import { el, form, formRow } from '../dom.js';
import type { Explorer } from '../explorer.js';
import { kindName, t } from '../i18n.js';
import { ACTOR_KINDS } from '../vocabulary.js';
import { panelMode, type Mode } from '../panels/tabs.js';
import { pathView } from './path-view.js';

export function connectMode(explorer: Explorer): Mode {
  let paths: GraphPath[] | null = null;
  const query = {
    from: '北航',
    via: new Set<string>(['FUND']),
    toKind: 'ENTERPRISE',
    district: 'in',
    maxHops: 4,
    includePlanned: true,
  };

  const run = async () => {
    const to = {
      ...(query.toKind ? { kinds: [query.toKind] } : {}),
      ...(query.district === 'any' ? {} : { inDistrict: query.district === 'in' }),
    };
    const found = await explorer.run(() =>
      connections({ from: query.from, via: [...query.via], to, maxHops: query.maxHops, includePlanned: query.includePlanned }),
    );
    if (found === undefined) return;
    paths = found;
    spotlight(found);
    mode.redraw();
  };

  const spotlight = (shown: GraphPath[]) =>
    explorer.spotlight(shown.flatMap((p) => p.nodes), shown.flatMap((p) => p.relations));

  const formView = () => {
    const fromInput = el('input', { type: 'text', id: 'connect-from', value: query.from });
    fromInput.addEventListener('input', () => (query.from = fromInput.value.trim()));
    const via = el('fieldset', { id: 'connect-via' }, el('legend', {}, t('connectVia')),
      ...ACTOR_KINDS.map((kind) => {
        const box = el('input', { type: 'checkbox', value: kind, checked: query.via.has(kind) });
        box.addEventListener('change', () => (box.checked ? query.via.add(kind) : query.via.delete(kind)));
        return el('label', {}, box, kindName(kind));
      }),
    );
    const toKind = el('select', { id: 'connect-to-kind' },
      el('option', { value: '', selected: query.toKind === '' }, t('any')),
      ...ACTOR_KINDS.map((kind) => el('option', { value: kind, selected: query.toKind === kind }, kindName(kind))),
    );
    toKind.addEventListener('change', () => (query.toKind = toKind.value));
    const district = el('select', { id: 'connect-district' },
      ...[['in', t('inDistrict')], ['out', t('outDistrict')], ['any', t('any')]].map(([value, text]) =>
        el('option', { value, selected: query.district === value }, text)),
    );
    district.addEventListener('change', () => (query.district = district.value));
    const hops = el('input', { type: 'number', id: 'connect-hops', min: '1', max: '6', value: String(query.maxHops) });
    hops.addEventListener('change', () => (query.maxHops = Number(hops.value) || 4));
    const planned = el('input', { type: 'checkbox', id: 'connect-planned', checked: query.includePlanned });
    planned.addEventListener('change', () => (query.includePlanned = planned.checked));
    const submit = el('button', { type: 'submit', className: 'primary', id: 'connect-run' }, t('findPaths'));

    return form('connect-form', run,
      formRow(t('connectFrom'), fromInput),
      via,
      formRow(t('connectTo'), toKind),
      formRow(t('connectDistrict'), district),
      formRow(t('maxHops'), hops),
      el('p', {}, el('label', {}, planned, ' ', t('includePlanned'))),
      submit,
    );
  };

  const resultsView = () => {
    if (paths === null) return el('div', { id: 'connect-results' });
    if (paths.length === 0) return el('p', { id: 'connect-results', className: 'note' }, t('noPaths'));
    const all = el('button', { type: 'button' }, t('showAll'));
    const shown = paths;
    all.addEventListener('click', () => spotlight(shown));
    return el('section', { id: 'connect-results', attrs: { 'aria-live': 'polite' } },
      el('h3', {}, `${paths.length}${t('pathsFound')} `, all),
      el('ol', { className: 'result-list' }, ...paths.map((path) => {
        const only = el('button', { type: 'button', attrs: { 'aria-label': `${t('showOnGraph')} ${path.nodes.map((n) => n.name).join(' → ')}` } }, '◎');
        only.addEventListener('click', () => spotlight([path]));
        return el('li', { className: 'path' }, only, ' ', pathView(path, explorer));
      })),
    );
  };

  const mode = panelMode('connect', () => t('connect'), () => [el('h2', {}, t('connect')), formView(), resultsView()], {
    leave: () => explorer.endSpotlight(),
  });
  return mode;
}
