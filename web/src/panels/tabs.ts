// The right-hand panel's modes as an ARIA tablist: details, connect, gaps, indices. Arrow keys
// move between tabs, as in any tablist.
import { byId, el } from '../dom.js';
import { onLanguageChange } from '../i18n/language.js';

export interface Mode {
  id: string;
  title: () => string;
  mount: (panel: HTMLElement) => void;
  /** Called when the user opens the mode, e.g. to load its data the first time. */
  enter?: () => void | Promise<void>;
  /** Called when the user leaves the mode, e.g. to end its highlighting. */
  leave?: () => void;
}

/** A mode whose panel is `render()`: drawn on mount, on language change and on `redraw()`. */
export function panelMode(
  id: string,
  title: () => string,
  render: () => (HTMLElement | null)[],
  hooks: Pick<Mode, 'enter' | 'leave'> = {},
): Mode & { redraw(): void } {
  let panel: HTMLElement | undefined;
  const redraw = () => panel?.replaceChildren(...render().filter((child) => child !== null));
  onLanguageChange(redraw);
  return {
    id,
    title,
    mount: (mounted) => {
      panel = mounted;
      redraw();
    },
    redraw,
    ...hooks,
  };
}

export function mountTabs(modes: Mode[]): { show(id: string): void } {
  const tablist = byId('mode-tabs');
  const panels = byId('mode-panels');
  let current: Mode | undefined;

  const tabs = modes.map((mode) => {
    const tab = el('button', { type: 'button', id: `tab-${mode.id}`, attrs: { role: 'tab', 'aria-controls': `panel-${mode.id}` } });
    const panel = el('section', { id: `panel-${mode.id}`, attrs: { role: 'tabpanel', 'aria-labelledby': `tab-${mode.id}` } });
    mode.mount(panel);
    tab.addEventListener('click', () => show(mode.id));
    tab.addEventListener('keydown', (event) => {
      const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
      if (step === 0) return;
      const next = modes[(modes.indexOf(mode) + step + modes.length) % modes.length];
      if (next) {
        show(next.id);
        byId(`tab-${next.id}`).focus();
      }
    });
    tablist.append(tab);
    panels.append(panel);
    return { mode, tab, panel };
  });

  function show(id: string): void {
    if (current && current.id !== id) current.leave?.();
    for (const { mode, tab, panel } of tabs) {
      const selected = mode.id === id;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
      panel.hidden = !selected;
      if (selected && current !== mode) {
        current = mode;
        void mode.enter?.();
      }
    }
  }

  const relabel = () => {
    for (const { mode, tab } of tabs) tab.textContent = mode.title();
  };
  onLanguageChange(relabel);
  relabel();
  show(modes[0]?.id ?? '');
  return { show };
}
