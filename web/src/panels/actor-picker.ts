// A text field that suggests actors as one types (an ARIA combobox): aliases included, so 北航
// and BUAA both find 北京航空航天大学. The field also accepts free text, which the API resolves.
import { suggest } from '../api/actors.js';
import type { ActorSummary } from '../api/types.js';
import { el, properName } from '../dom.js';
import { actorLabel } from '../i18n/actor-label.js';
import { onLanguageChange } from '../i18n/language.js';
import { t, type UiKey } from '../i18n/ui-text.js';
import { kindName } from '../i18n/vocabulary-names.js';

export interface ActorPicker {
  element: HTMLElement;
  input: HTMLInputElement;
  /** What the field holds: the chosen actor's name, or what was typed. */
  text(): string;
  /** The actor chosen from the suggestions, until the text is edited. */
  chosen(): ActorSummary | null;
  set(value: ActorSummary | string): void;
}

export function actorPicker(id: string, labelKey: UiKey, onChoose: (actor: ActorSummary) => void = () => {}): ActorPicker {
  const label = el('label', { htmlFor: id, id: `${id}-label` });
  const input = el('input', {
    id,
    type: 'text',
    autocomplete: 'off',
    attrs: { role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': `${id}-options` },
  });
  const list = el('ul', { id: `${id}-options`, className: 'suggestions', hidden: true, attrs: { role: 'listbox', 'aria-labelledby': `${id}-label` } });
  const element = el('div', { className: 'actor-picker' }, label, input, list);

  let options: ActorSummary[] = [];
  let active = -1;
  let requestNumber = 0;
  let chosen: ActorSummary | null = null;
  let debounce: ReturnType<typeof setTimeout> | undefined;

  const relabel = () => {
    label.textContent = t(labelKey);
    input.placeholder = t('searchPlaceholder');
    if (chosen) input.value = actorLabel(chosen);
    if (!list.hidden) render();
  };
  relabel();
  onLanguageChange(relabel);

  const close = () => {
    // Answers still on their way are for a list the user closed: they are dropped.
    clearTimeout(debounce);
    requestNumber++;
    list.hidden = true;
    // A closed list keeps nothing: stale suggestions would stay in the old language.
    list.replaceChildren();
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const render = () => {
    const typed = input.value.trim().toLowerCase();
    list.replaceChildren(
      ...options.map((actor, index) => {
        const viaAlias = actor.aliases.find((alias) => alias.toLowerCase() === typed);
        const name = actorLabel(actor);
        const item = el(
          'li',
          { id: `${id}-option-${index}`, attrs: { role: 'option', 'aria-selected': String(index === active) } },
          properName(name),
          el('span', { className: 'hint' }, kindName(actor.kind), viaAlias ? ` · ${t('alias')} ` : '', viaAlias ? properName(viaAlias) : ''),
        );
        item.addEventListener('mousedown', (event) => {
          event.preventDefault();
          choose(actor);
        });
        return item;
      }),
    );
    if (options.length === 0) list.append(el('li', { className: 'hint', attrs: { role: 'option', 'aria-disabled': 'true', 'aria-selected': 'false' } }, t('noMatch')));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (active >= 0) input.setAttribute('aria-activedescendant', `${id}-option-${active}`);
  };

  const choose = (actor: ActorSummary) => {
    close();
    chosen = actor;
    input.value = actorLabel(actor);
    onChoose(actor);
  };

  input.addEventListener('input', () => {
    chosen = null;
    clearTimeout(debounce);
    const text = input.value.trim();
    if (text === '') return close();
    debounce = setTimeout(async () => {
      const mine = ++requestNumber;
      const found = await suggest(text).catch(() => []);
      if (mine !== requestNumber) return;
      options = found;
      active = found.length > 0 ? 0 : -1;
      render();
    }, 150);
  });

  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (options.length === 0) return;
      event.preventDefault();
      active = (active + (event.key === 'ArrowDown' ? 1 : -1) + options.length) % options.length;
      render();
    } else if (event.key === 'Enter' && !list.hidden) {
      const actor = options[active];
      if (actor) {
        event.preventDefault();
        choose(actor);
      }
    } else if (event.key === 'Escape') {
      close();
    }
  });
  // Closes a moment after the field loses the focus (a click on a suggestion lands first), unless
  // the focus came back meanwhile: closing then would cancel what the user is typing.
  input.addEventListener('blur', () => setTimeout(() => document.activeElement !== input && close(), 100));

  return {
    element,
    input,
    text: () => (chosen ? chosen.name : input.value.trim()),
    chosen: () => chosen,
    set: (value) => {
      close();
      chosen = typeof value === 'string' ? null : value;
      input.value = typeof value === 'string' ? value : actorLabel(value);
    },
  };
}
