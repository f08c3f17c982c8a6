// Entry point of the explorer page: builds the graph state and renderer, mounts the panels and
// opens on the landing view of the report's graph.
import { byId } from './dom.js';
import { examples } from './examples.js';
import { Explorer } from './explorer.js';
import { GraphState } from './graph-state.js';
import { setLanguage } from './i18n/language.js';
import { t } from './i18n/ui-text.js';
import { mountKeyboard } from './keyboard.js';
import { landingOptions, showLanding } from './landing.js';
import { connectMode } from './modes/connect.js';
import { gapsMode } from './modes/gaps.js';
import { indicesMode } from './modes/indices.js';
import { mountDetails } from './panels/details.js';
import { mountHoverCard } from './panels/hover-card.js';
import { mountLegend } from './panels/legend.js';
import { mountMeasurePicker } from './panels/measure-picker.js';
import { mountSearch } from './panels/search.js';
import { startMode } from './panels/start.js';
import { mountPageText } from './panels/page-text.js';
import { mountTabs } from './panels/tabs.js';
import { mountToolbar } from './panels/toolbar.js';
import { createRenderer } from './renderer.js';

mountPageText();
const state = new GraphState();
const canvas = byId('graph');
const renderer = createRenderer(state, canvas);
const explorer = new Explorer(state, renderer, byId('graph-status'));

const measures = mountMeasurePicker(byId('measures'), explorer);
mountLegend(byId('legend'), explorer);
const connect = connectMode(explorer);
const gaps = gapsMode(explorer);
const tabs = mountTabs([
  startMode(examples({ explorer, connect, gaps, measures, showTab: (id) => tabs.show(id) })),
  {
    id: 'details',
    title: () => t('details'),
    mount: (panel) =>
      mountDetails(panel, explorer, {
        pathFrom: (actor) => {
          connect.setFrom(actor);
          tabs.show('connect');
        },
        pathTo: (actor) => {
          connect.setTo(actor);
          tabs.show('connect');
        },
      }),
  },
  connect,
  gaps,
  indicesMode(explorer, (index) => void measures.choose(`index:${index}`)),
]);
mountSearch(byId('search'), explorer, () => tabs.show('details'));
mountToolbar(explorer, () => (byId<HTMLSelectElement>('measure').selectedOptions[0]?.textContent ?? ''));

/** Clicking an actor (or Enter on it) shows it; the first time, its neighbours are drawn too. */
const open = (node: string) => {
  tabs.show('details');
  explorer.select(node);
  const attributes = state.graph.getNodeAttributes(node);
  if (attributes.group || attributes.expanded) return;
  void explorer.run(() => explorer.expand({ id: node })).then(() => explorer.select(node));
};
renderer.on('clickNode', ({ node }) => open(node));
const card = mountHoverCard(byId('canvas-wrap'), explorer);
mountKeyboard(canvas, byId('keyboard-status'), explorer, card, open);

setLanguage(new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'zh');
void showLanding(explorer, landingOptions(location.search));

// Read-only handle for the browser tests and for curious users in the console.
Object.assign(window, { explorer });
