// The names of the page's regions and the canvas's help text, in the page's language.
import { byId } from '../dom.js';
import { onLanguageChange } from '../i18n/language.js';
import { t, type UiKey } from '../i18n/ui-text.js';

const ATTRIBUTES: [id: string, attribute: string, key: UiKey][] = [
  ['left-panel', 'aria-label', 'leftPanel'],
  ['right-panel', 'aria-label', 'rightPanel'],
  ['mode-tabs', 'aria-label', 'modeTabs'],
];
const TEXTS: [id: string, key: UiKey][] = [
  ['canvas-label', 'canvasLabel'],
  ['canvas-help', 'canvasHelp'],
  ['export-label', 'exportMenu'],
  ['title', 'title'],
];

export function mountPageText(): void {
  const relabel = () => {
    for (const [id, attribute, key] of ATTRIBUTES) byId(id).setAttribute(attribute, t(key));
    for (const [id, key] of TEXTS) byId(id).textContent = t(key);
    document.title = t('title');
  };
  onLanguageChange(relabel);
  relabel();
}
