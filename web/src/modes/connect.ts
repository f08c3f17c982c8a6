// Connect mode, the planners' question as a form: from an actor, through actors of some kinds,
// to a target set (e.g. 北航 → funds → enterprises in Haidian). The paths are listed and drawn.
import { connections, type GraphPath } from '../api.js';
import { el } from '../dom.js';
import type { Explorer } from '../explorer.js';
import { kindName, onLanguageChange, t } from '../i18n.js';
import { ACTOR_KINDS } from '../vocabulary.js';
import type { Mode } from '../panels/tabs.js';
import { pathView } from './path-view.js';

export function connectMode(explorer: Explorer): Mode {
  let paths: GraphPath[] | null = null;
  let host: HTMLElement;
  const form = {
    from: '北航',
    via: new Set<string>(['FUND']),
    toKind: 'ENTERPRISE',
    district: 'in',
    maxHops: 4,
    includePlanned: true,
  };

  const run = async () => {
    const to = {
      ...(form.toKind ? { kinds: [form.toKind] } : {}),
      ...(form.district === 'any' ? {} : { inDistrict: form.district === 'in' }),
    };
    const found = await explorer.run(() =>
      connections({ from: form.from, via: [...form.via], to, maxHops: form.maxHops, includePlanned: form.includePlanned }),
    );
    if (found === undefined) return;
    paths = found;
    spotlight(found);
    draw();
  };

  const spotlight = (shown: GraphPath[]) =>
    explorer.spotlight(shown.flatMap((p) => p.nodes), shown.flatMap((p) => p.relations));

  const draw = () => {
    const fromInput = el('input', { type: 'text', id: 'connect-from', value: form.from });
    fromInput.addEventListener('input', () => (form.from = fromInput.value.trim()));
    const via = el('fieldset', { id: 'connect-via' }, el('legend', {}, t('connectVia')),
      ...ACTOR_KINDS.map((kind) => {
        const box = el('input', { type: 'checkbox', value: kind, checked: form.via.has(kind) });
        box.addEventListener('change', () => (box.checked ? form.via.add(kind) : form.via.delete(kind)));
        return el('label', {}, box, kindName(kind));
      }),
    );
    const toKind = el('select', { id: 'connect-to-kind' },
      el('option', { value: '', selected: form.toKind === '' }, t('anyDistrict')),
      ...ACTOR_KINDS.map((kind) => el('option', { value: kind, selected: form.toKind === kind }, kindName(kind))),
    );
    toKind.addEventListener('change', () => (form.toKind = toKind.value));
    const district = el('select', { id: 'connect-district' },
      ...[['in', t('inDistrict')], ['out', t('outDistrict')], ['any', t('anyDistrict')]].map(([value, text]) =>
        el('option', { value, selected: form.district === value }, text)),
    );
    district.addEventListener('change', () => (form.district = district.value));
    const hops = el('input', { type: 'number', id: 'connect-hops', min: '1', max: '6', value: String(form.maxHops) });
    hops.addEventListener('change', () => (form.maxHops = Number(hops.value) || 4));
    const planned = el('input', { type: 'checkbox', id: 'connect-planned', checked: form.includePlanned });
    planned.addEventListener('change', () => (form.includePlanned = planned.checked));
    const submit = el('button', { type: 'submit', className: 'primary', id: 'connect-run' }, t('findPaths'));

    const formElement = el('form', { id: 'connect-form' },
      el('div', { className: 'form-row' }, el('label', { htmlFor: 'connect-from' }, t('connectFrom')), fromInput),
      via,
      el('div', { className: 'form-row' }, el('label', { htmlFor: 'connect-to-kind' }, t('connectTo')), toKind),
      el('div', { className: 'form-row' }, el('label', { htmlFor: 'connect-district' }, t('connectDistrict')), district),
      el('div', { className: 'form-row' }, el('label', { htmlFor: 'connect-hops' }, t('maxHops')), hops),
      el('p', {}, el('label', {}, planned, ' ', t('includePlanned'))),
      submit,
    );
    formElement.addEventListener('submit', (event) => {
      event.preventDefault();
      void run();
    });
    host.replaceChildren(el('h2', {}, t('connect')), formElement, resultsView());
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

  onLanguageChange(() => host && draw());
  return {
    id: 'connect',
    title: () => t('connect'),
    mount: (panel) => {
      host = panel;
      draw();
    },
    leave: () => explorer.endSpotlight(),
  };
}
