// The path finder: from an actor, optionally through actors of some kinds, to a chosen actor or
// to actors of a kind (in or outside Haidian), over chosen relation types, in a chosen direction,
// stated relations only if asked. The paths are listed and drawn; the view moves onto them. It says how a short name was read (中科院 → 中国科学院北京分院), explains an empty
// answer, and on an error shows it in the page's language with the candidates as links.
import { suggest } from '../api/actors.js';
import { connections, type ConnectionQuery } from '../api/analytics.js';
import { ApiError, type Candidate } from '../api/api-error.js';
import type { ActorSummary, GraphPath } from '../api/types.js';
import { el, form, formRow, properName, writtenIn } from '../dom.js';
import type { Explorer } from '../explorer.js';
import { actorLabel } from '../i18n/actor-label.js';
import { language } from '../i18n/language.js';
import { t, tParts } from '../i18n/ui-text.js';
import { directionName, kindName, relationName } from '../i18n/vocabulary-names.js';
import { actorPicker } from '../panels/actor-picker.js';
import { errorView } from '../panels/error-view.js';
import { panelMode, type Mode } from '../panels/tabs.js';
import { ACTOR_KINDS, RELATION_TYPES, type ActorKind, type RelationType } from '../vocabulary.js';
import type { PathDirection } from '../__generated__/graphql.js';
import { diagnoseNoPath, type NoPathDiagnosis } from './no-path-hint.js';
import { pathView } from './path-view.js';

export interface PathQuestion {
  from: string;
  /** A chosen actor (its id, name or alias), or a kind of actor in or outside Haidian. */
  to: { actor: string } | { kind: ActorKind | ''; district: 'in' | 'out' | 'any' };
  via?: ActorKind[];
  maxHops?: number;
  includePlanned?: boolean;
  /** FLOW by default: the way money, technology and support move. ANY: a tie either way. */
  direction?: PathDirection;
  /** Relation types the path may follow; every channel when empty. */
  relationTypes?: RelationType[];
  /** Follow only what the report states, no inferred relation. */
  statedOnly?: boolean;
}

const DIRECTIONS: readonly PathDirection[] = ['FLOW', 'ANY', 'OUT', 'IN'];

/** How the API read a typed name: "中科院" as 中国科学院北京分院, through its alias 中科院北京分院. */
interface Reading {
  text: string;
  actor: ActorSummary;
}

type Outcome =
  | { kind: 'none' }
  | { kind: 'paths'; paths: GraphPath[]; readings: Reading[] }
  | { kind: 'empty'; diagnosis: NoPathDiagnosis; readings: Reading[] }
  | { kind: 'error'; error: unknown; field: 'from' | 'to' };

export interface ConnectMode extends Mode {
  ask(question: PathQuestion): Promise<void>;
  setFrom(actor: ActorSummary): void;
  setTo(actor: ActorSummary): void;
}

export function connectMode(explorer: Explorer): ConnectMode {
  const from = actorPicker('connect-from', 'connectFrom');
  const toActor = actorPicker('connect-to-actor', 'connectToActor');
  const query = {
    targetMode: 'kinds' as 'actor' | 'kinds',
    via: new Set<ActorKind>(['FUND']),
    toKind: 'ENTERPRISE' as ActorKind | '',
    district: 'in' as 'in' | 'out' | 'any',
    maxHops: 4,
    includePlanned: true,
    direction: 'FLOW' as PathDirection,
    relationTypes: new Set<RelationType>(),
    statedOnly: false,
  };
  from.set('北航');
  let outcome: Outcome = { kind: 'none' };

  const run = async () => {
    // A new question clears the last answer first: an error must never sit beside an old result.
    outcome = { kind: 'none' };
    explorer.endSpotlight();
    mode.redraw();
    let field: 'from' | 'to' = 'to';
    try {
      const target = query.targetMode === 'actor' ? await resolveTarget(toActor.chosen(), toActor.text()) : null;
      field = 'from';
      const request: ConnectionQuery = {
        from: from.text(),
        via: [...query.via],
        to: target
          ? { ids: [target.id] }
          : { ...(query.toKind ? { kinds: [query.toKind] } : {}), ...(query.district === 'any' ? {} : { inDistrict: query.district === 'in' }) },
        maxHops: query.maxHops,
        includePlanned: query.includePlanned,
        direction: query.direction,
        relationTypes: [...query.relationTypes],
        bases: query.statedOnly ? ['STATED'] : [],
      };
      const paths = await explorer.busy(() => connections(request));
      const readings = (actor: ActorSummary | null | undefined, text: string): Reading[] => (actor ? [{ text, actor }] : []);
      const targetReading = target ? readings(target, toActor.text()) : [];
      if (paths.length) {
        outcome = { kind: 'paths', paths, readings: [...readings(paths[0]?.nodes[0], request.from), ...targetReading] };
        const fromName = paths[0]!.nodes[0]!;
        const toText = () => (target ? actorLabel(target) : query.toKind ? kindName(query.toKind) : t('any'));
        await spotlight(paths, () => t('viewTitlePaths', { from: actorLabel(fromName), to: toText(), n: paths.length }));
      } else {
        const diagnosis = await explorer.busy(() => diagnoseNoPath(request));
        outcome = { kind: 'empty', diagnosis, readings: [...readings(diagnosis.from, request.from), ...targetReading] };
        if (diagnosis.links.length) await explorer.spotlight([diagnosis.links[0]!.relation.from], diagnosis.links.map((l) => l.relation));
      }
    } catch (error) {
      outcome = { kind: 'error', error, field };
    }
    mode.redraw();
  };

  const spotlight = (paths: GraphPath[], title?: () => string) =>
    explorer.spotlight(paths.flatMap((p) => p.nodes), paths.flatMap((p) => p.relations), title);

  const retryWith = (field: 'from' | 'to') => (candidate: Candidate) => {
    if (field === 'from') from.set(candidate.name);
    else toActor.set(candidate.name);
    void run();
  };

  const formView = () => {
    const targetChoice = el('fieldset', { id: 'connect-target' }, el('legend', {}, t('connectTargetKind')),
      ...(['actor', 'kinds'] as const).map((value) => {
        const radio = el('input', { type: 'radio', name: 'connect-target', value, checked: query.targetMode === value, id: `connect-target-${value}` });
        radio.addEventListener('change', () => {
          query.targetMode = value;
          mode.redraw();
        });
        return el('label', {}, radio, value === 'actor' ? t('targetActor') : t('targetKinds'));
      }),
    );
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
    toKind.addEventListener('change', () => (query.toKind = toKind.value as ActorKind | ''));
    const district = el('select', { id: 'connect-district' },
      ...(['in', 'out', 'any'] as const).map((value) =>
        el('option', { value, selected: query.district === value }, value === 'in' ? t('inDistrict') : value === 'out' ? t('outDistrict') : t('any'))),
    );
    district.addEventListener('change', () => (query.district = district.value as 'in' | 'out' | 'any'));
    const hops = el('input', { type: 'number', id: 'connect-hops', min: '1', max: '6', value: String(query.maxHops) });
    hops.addEventListener('change', () => (query.maxHops = Math.min(6, Math.max(1, Number(hops.value) || 4))));
    const planned = el('input', { type: 'checkbox', id: 'connect-planned', checked: query.includePlanned });
    planned.addEventListener('change', () => (query.includePlanned = planned.checked));
    const stated = el('input', { type: 'checkbox', id: 'connect-stated-only', checked: query.statedOnly });
    stated.addEventListener('change', () => (query.statedOnly = stated.checked));
    const direction = el('select', { id: 'connect-direction' },
      ...DIRECTIONS.map((value) => el('option', { value, selected: query.direction === value }, directionName(value))));
    direction.addEventListener('change', () => (query.direction = direction.value as PathDirection));
    const types = el('fieldset', { id: 'connect-types' }, el('legend', {}, t('connectTypes')),
      ...RELATION_TYPES.map((type) => {
        const box = el('input', { type: 'checkbox', value: type, checked: query.relationTypes.has(type) });
        box.addEventListener('change', () => (box.checked ? query.relationTypes.add(type) : query.relationTypes.delete(type)));
        return el('label', {}, box, relationName(type));
      }),
    );

    return form('connect-form', run,
      from.element,
      targetChoice,
      query.targetMode === 'actor' ? toActor.element : el('div', {}, formRow(t('connectTo'), toKind), formRow(t('connectDistrict'), district)),
      via,
      formRow(t('connectDirection'), direction),
      types,
      formRow(t('maxHops'), hops),
      el('p', {}, el('label', {}, planned, ' ', t('includePlanned'))),
      el('p', {}, el('label', {}, stated, ' ', t('statedOnly'))),
      el('button', { type: 'submit', className: 'primary', id: 'connect-run' }, t('findPaths')),
    );
  };

  const readingsView = (readings: Reading[]) =>
    readings
      .filter((r) => r.text.trim() !== r.actor.name && r.text.trim() !== r.actor.id)
      .map((r) => {
        const alias = r.actor.aliases.find((a) => a.toLowerCase().includes(r.text.trim().toLowerCase()));
        return el('p', { className: 'reading' },
          ...tParts('readAs', { text: properName(r.text.trim()), name: properName(actorLabel(r.actor)) }),
          ...(alias && alias !== r.text.trim() ? tParts('readAsAlias', { alias: properName(alias) }) : []));
      });

  const resultsView = (): HTMLElement => {
    switch (outcome.kind) {
      case 'none':
        return el('div', { id: 'connect-results' });
      case 'error':
        return el('div', { id: 'connect-results' }, errorView('connect-error', outcome.error, retryWith(outcome.field)));
      case 'empty':
        return el('section', { id: 'connect-results', attrs: { 'aria-live': 'polite' } },
          ...readingsView(outcome.readings),
          el('p', { className: 'note' }, t('noPaths')),
          ...outcome.diagnosis.hints.map((hint) => el('p', { className: 'hint-text' }, ...hint())));
      case 'paths': {
        const { paths } = outcome;
        const all = el('button', { type: 'button' }, t('showAll'));
        all.addEventListener('click', () => void spotlight(paths));
        return el('section', { id: 'connect-results', attrs: { 'aria-live': 'polite' } },
          ...readingsView(outcome.readings),
          el('h3', {}, `${t('pathsFound', { n: paths.length })} `, all),
          el('ol', { className: 'result-list' }, ...paths.map((path) => {
            // A target symbol to see; the path in words for a screen reader.
            const only = el('button', { type: 'button', className: 'show-path' },
              el('span', { attrs: { 'aria-hidden': 'true' } }, '◎'),
              el('span', { className: 'visually-hidden' }, ...tParts('showPath', { path: properName(path.nodes.map((n) => actorLabel(n)).join(' → ')) })));
            only.addEventListener('click', () => void spotlight([path]));
            const why = el('div', { className: 'note path-explanation' }, writtenIn(language() === 'zh' ? path.explanation.zh : path.explanation.en, language()));
            return el('li', { className: 'path' }, only, ' ', pathView(path, explorer), why);
          })),
        );
      }
    }
  };

  const mode = panelMode('connect', () => t('connect'), () => [el('h2', {}, t('connectTitle')), formView(), resultsView()], {
    leave: () => explorer.endSpotlight(),
  });

  return {
    ...mode,
    ask: async (question) => {
      from.set(question.from);
      if ('actor' in question.to) {
        query.targetMode = 'actor';
        toActor.set(question.to.actor);
      } else {
        query.targetMode = 'kinds';
        query.toKind = question.to.kind;
        query.district = question.to.district;
      }
      query.via = new Set(question.via ?? []);
      query.maxHops = question.maxHops ?? 4;
      query.includePlanned = question.includePlanned ?? true;
      query.direction = question.direction ?? 'FLOW';
      query.relationTypes = new Set(question.relationTypes ?? []);
      query.statedOnly = question.statedOnly ?? false;
      mode.redraw();
      await run();
    },
    setFrom: (actor) => {
      from.set(actor);
      mode.redraw();
    },
    setTo: (actor) => {
      query.targetMode = 'actor';
      toActor.set(actor);
      mode.redraw();
    },
  };
}

/** The target actor: the one chosen from the suggestions, else the one the typed text names. */
async function resolveTarget(chosen: ActorSummary | null, text: string): Promise<ActorSummary> {
  if (chosen) return chosen;
  if (text === '') throw new ApiError('BAD_USER_INPUT', 'no target actor given');
  const found = await suggest(text, 11);
  const exact = found.find((a) => a.name === text || a.id === text || a.aliases.some((alias) => alias.toLowerCase() === text.toLowerCase()));
  if (exact) return exact;
  if (found.length === 1) return found[0]!;
  if (found.length === 0) throw new ApiError('ACTOR_NOT_FOUND', `no actor is named or matches "${text}"`, text);
  throw new ApiError('AMBIGUOUS_ACTOR', `"${text}" matches several actors`, text, found.slice(0, 10).map(({ id, name, kind }) => ({ id, name, kind })));
}
