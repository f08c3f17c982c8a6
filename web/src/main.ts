// Entry point of the explorer page: builds the graph state and renderer, mounts the panels.
import { byId } from './dom.js';
import { Explorer } from './explorer.js';
import { GraphState } from './graph-state.js';
import { setLanguage, t } from './i18n.js';
import { connectMode } from './modes/connect.js';
import { gapsMode } from './modes/gaps.js';
import { indicesMode } from './modes/indices.js';
import { mountDetails } from './panels/details.js';
import { mountLegend } from './panels/legend.js';
import { mountSearch } from './panels/search.js';
import { mountTabs } from './panels/tabs.js';
import { mountToolbar } from './panels/toolbar.js';
import { createRenderer } from './renderer.js';

const state = new GraphState();
const renderer = createRenderer(state, byId('graph'));
const explorer = new Explorer(state, renderer, byId('graph-status'));

mountSearch(byId('search'), explorer);
mountLegend(byId('legend'), explorer);
mountToolbar(explorer);
const tabs = mountTabs([
  { id: 'details', title: () => t('details'), mount: (panel) => mountDetails(panel, explorer) },
  connectMode(explorer),
  gapsMode(explorer),
  indicesMode(explorer),
]);

renderer.on('clickNode', ({ node }) => {
  tabs.show('details');
  explorer.select(node);
  if (state.graph.getNodeAttribute(node, 'expanded')) return;
  void explorer.run(() => explorer.expand(node)).then(() => explorer.select(node));
});

setLanguage('zh');

// Read-only handle for the browser tests and for curious users in the console.
Object.assign(window, { explorer });
