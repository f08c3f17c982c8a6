// The landing view's panel: what the canvas shows, and example questions a planner can run with
// one click (each drives the path finder, the gaps overlay or the measures, as a user would).
import { el } from '../dom.js';
import { onLanguageChange, pick, type Bilingual } from '../i18n/language.js';
import { t } from '../i18n/ui-text.js';
import type { Mode } from './tabs.js';

export interface Example {
  id: string;
  question: Bilingual;
  run(): Promise<void>;
}

export function startMode(examples: Example[]): Mode {
  let panel: HTMLElement | undefined;
  const draw = () =>
    panel?.replaceChildren(
      el('h2', {}, t('startTitle')),
      el('p', {}, t('startIntro')),
      el('h3', { id: 'examples-title' }, t('examples')),
      el('ul', { className: 'examples', attrs: { 'aria-labelledby': 'examples-title' } },
        ...examples.map((example) => {
          const button = el('button', { type: 'button', className: 'example', attrs: { 'data-example': example.id } }, pick(example.question));
          button.addEventListener('click', () => void example.run());
          return el('li', {}, button);
        }),
      ),
    );
  onLanguageChange(draw);
  return {
    id: 'start',
    title: () => t('start'),
    mount: (mounted) => {
      panel = mounted;
      draw();
    },
  };
}
