// The top bar's buttons: the page's language, exports of the view (a PNG for a report; JSON,
// GraphML and GEXF for other tools), fitting the view, clearing the canvas.
import { write as writeGexf } from 'graphology-gexf/browser';
import { byId, download } from '../dom.js';
import type { Explorer } from '../explorer.js';
import { viewPng } from '../exports/png.js';
import { writeGraphml } from '../exports/graphml.js';
import { viewGraph } from '../exports/view-graph.js';
import { language, onLanguageChange, setLanguage } from '../i18n/language.js';
import { t, type UiKey } from '../i18n/ui-text.js';

export function mountToolbar(explorer: Explorer, measureName: () => string): void {
  const data = () => viewGraph(explorer.state.graph);
  const buttons: [id: string, key: UiKey, action: () => void | Promise<void>][] = [
    ['language-toggle', 'language', () => setLanguage(language() === 'zh' ? 'en' : 'zh')],
    ['export-png', 'exportPng', async () => {
      const range = explorer.measureRange;
      const blob = await viewPng(explorer.renderer, explorer.state.graph, {
        title: explorer.viewTitle(),
        measure: range ? { name: measureName(), range } : null,
      });
      download('haidian-graph.png', blob);
    }],
    ['export-json', 'exportJson', () => download('haidian-graph.json', blob(JSON.stringify(data().export(), null, 2), 'application/json'))],
    ['export-graphml', 'exportGraphml', () => download('haidian-graph.graphml', blob(writeGraphml(data()), 'application/graphml+xml'))],
    ['export-gexf', 'exportGexf', () => download('haidian-graph.gexf', blob(writeGexf(data()), 'application/gexf+xml'))],
    ['fit-view', 'fitView', () => explorer.fit()],
    ['clear-graph', 'clear', () => explorer.clear()],
  ];
  for (const [id, , action] of buttons) byId(id).addEventListener('click', () => void explorer.run(async () => action()));

  const relabel = () => {
    for (const [id, key] of buttons) byId(id).textContent = t(key);
    // The switch is written in the language it switches to (English, 中文), marked as such.
    byId('language-toggle').setAttribute('lang', language() === 'zh' ? 'en' : 'zh-CN');
  };
  onLanguageChange(relabel);
  relabel();
}

const blob = (text: string, type: string): Blob => new Blob([text], { type });
