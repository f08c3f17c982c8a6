// The toolbar: zh/en labels, exports of the current view (PNG, graphology JSON, GEXF), clearing.
import { write as writeGexf } from 'graphology-gexf/browser';
import { byId, download } from '../dom.js';
import type { Explorer } from '../explorer.js';
import { language, onLanguageChange, setLanguage, t, type UiKey } from '../i18n.js';
import { snapshotPng } from '../renderer.js';

export function mountToolbar(explorer: Explorer): void {
  const buttons: [id: string, key: UiKey, action: () => void | Promise<void>][] = [
    ['language-toggle', 'language', () => setLanguage(language() === 'zh' ? 'en' : 'zh')],
    ['export-png', 'exportPng', async () => download('haidian-graph.png', await snapshotPng(explorer.renderer))],
    ['export-json', 'exportJson', () => download('haidian-graph.json', jsonBlob(explorer.state.graph.export()))],
    ['export-gexf', 'exportGexf', () => download('haidian-graph.gexf', new Blob([writeGexf(explorer.state.graph)], { type: 'application/xml' }))],
    ['clear-graph', 'clear', () => {
      explorer.state.clear();
      explorer.select(null);
    }],
  ];
  for (const [id, , action] of buttons) byId(id).addEventListener('click', () => void explorer.run(async () => action()));

  const relabel = () => {
    for (const [id, key] of buttons) byId(id).textContent = t(key);
    byId('language-toggle').setAttribute('aria-label', t('languageLabel'));
    byId('title').textContent = t('title');
    explorer.state.relabel();
  };
  onLanguageChange(relabel);
  relabel();
}

function jsonBlob(value: unknown): Blob {
  return new Blob([JSON.stringify(value, null, 2)], { type: 'application/json' });
}
