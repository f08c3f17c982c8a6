// The search box: an ARIA combobox whose suggestions come from the API (aliases included, so
// 北航 and BUAA both find 北京航空航天大学). Choosing one puts it on the canvas and expands it.
import { suggest, type ActorSummary } from '../api.js';
import { el } from '../dom.js';
import type { Explorer } from '../explorer.js';
import { actorLabel, kindName, onLanguageChange, t } from '../i18n.js';

export function mountSearch(host: HTMLElement, explorer: Explorer): void {
  const label = el('label', { htmlFor: 'search-input', id: 'search-label' });
  const input = el('input', {
    id: 'search-input',
    type: 'search',
    autocomplete: 'off',
    attrs: { role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': 'search-options' },
  });
  const list = el('ul', { id: 'search-options', hidden: true, attrs: { role: 'listbox', 'aria-labelledby': 'search-label' } });
  host.append(label, input, list);

  let options: ActorSummary[] = [];
  let active = -1;
  let requestNumber = 0;

  const relabel = () => {
    label.textContent = t('searchLabel');
    input.placeholder = t('searchPlaceholder');
  };
  relabel();
  onLanguageChange(relabel);

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const render = () => {
    list.replaceChildren(
      ...options.map((actor, index) => {
        const typed = input.value.trim().toLowerCase();
        const viaAlias = actor.aliases.find((alias) => alias.toLowerCase() === typed);
        const item = el(
          'li',
          { id: `search-option-${index}`, attrs: { role: 'option', 'aria-selected': String(index === active) } },
          el('span', {}, actorLabel(actor)),
          el('span', { className: 'hint' }, kindName(actor.kind) + (viaAlias ? ` · ${t('alias')} ${viaAlias}` : '')),
        );
        item.addEventListener('mousedown', (event) => {
          event.preventDefault();
          void choose(actor);
        });
        return item;
      }),
    );
    if (options.length === 0) list.append(el('li', { className: 'hint', attrs: { role: 'option', 'aria-disabled': 'true' } }, t('noMatch')));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (active >= 0) input.setAttribute('aria-activedescendant', `search-option-${active}`);
  };

  const choose = async (actor: ActorSummary) => {
    close();
    input.value = actorLabel(actor);
    await explorer.focus(actor);
  };

  let debounce: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(debounce);
    const text = input.value.trim();
    if (text === '') return close();
    debounce = setTimeout(async () => {
      const mine = ++requestNumber;
      const found = await explorer.run(() => suggest(text));
      if (mine !== requestNumber || found === undefined) return;
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
    } else if (event.key === 'Enter') {
      const actor = options[active];
      if (actor && !list.hidden) void choose(actor);
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
}
