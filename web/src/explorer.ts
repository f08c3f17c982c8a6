// The page's actions on the graph, shared by every panel: focus an actor, expand it, highlight.
import { neighbourhood, type ActorSummary, type RelationSummary } from './api.js';
import type { GraphState } from './graph-state.js';
import { t } from './i18n.js';
import { relayout } from './layout.js';
import type { ExplorerRenderer } from './renderer.js';

type SelectionListener = (id: string | null) => void;

/** At most this many actors per expansion: a hub's whole neighbourhood would bury the drawing. */
const EXPAND_LIMIT = 150;

export class Explorer {
  selected: string | null = null;
  /** Said in the status line when the last expansion was cut at EXPAND_LIMIT. */
  private truncatedNote = '';
  private readonly selectionListeners = new Set<SelectionListener>();

  constructor(
    readonly state: GraphState,
    readonly renderer: ExplorerRenderer,
    private readonly status: HTMLElement,
  ) {
    state.graph.on('nodeAdded', () => this.showCounts());
    state.graph.on('edgeAdded', () => this.showCounts());
    state.graph.on('cleared', () => this.showCounts());
  }

  onSelect(listener: SelectionListener): void {
    this.selectionListeners.add(listener);
  }

  select(id: string | null): void {
    this.selected = id;
    for (const listener of this.selectionListeners) listener(id);
  }

  /** Fetches the actor's neighbourhood and draws it around the actor. */
  async expand(id: string): Promise<void> {
    const subgraph = await neighbourhood(id, EXPAND_LIMIT);
    this.state.addSubgraph(subgraph, id);
    this.state.markExpanded(id);
    this.relayoutAndRefresh();
    this.truncatedNote = subgraph.truncated ? t('truncated').replace('{n}', String(EXPAND_LIMIT)) : '';
  }

  /** Draws an answer (paths, a gap, index contributors) and highlights it; the rest fades. */
  spotlight(actors: ActorSummary[], relations: RelationSummary[]): void {
    for (const actor of actors) this.state.addActor(actor);
    for (const relation of relations) this.state.addRelation(relation);
    this.relayoutAndRefresh();
    const nodes = [...actors.map((a) => a.id), ...relations.flatMap((r) => [r.from.id, r.to.id])];
    this.state.highlight({ nodes, edges: relations.map((r) => r.id) });
  }

  endSpotlight(): void {
    this.state.highlight(null);
  }

  async focus(actor: ActorSummary): Promise<void> {
    this.state.addActor(actor);
    await this.run(() => this.expand(actor.id));
    this.select(actor.id);
  }

  /** Runs a request, reporting failures in the status line instead of losing them. */
  async run<T>(task: () => Promise<T>): Promise<T | undefined> {
    this.status.textContent = t('loading');
    try {
      const result = await task();
      this.showCounts();
      return result;
    } catch (error) {
      this.status.textContent = t('error') + (error instanceof Error ? error.message : String(error));
      this.status.classList.add('error');
      return undefined;
    }
  }

  relayoutAndRefresh(): void {
    relayout(this.state.graph);
    this.renderer.refresh();
  }

  private showCounts(): void {
    this.status.classList.remove('error');
    const { order, size } = this.state.graph;
    this.status.textContent = `${order}${t('nodesEdges').replace('{e}', String(size))}${this.truncatedNote}`;
    this.status.dataset.nodes = String(order);
    this.status.dataset.edges = String(size);
  }
}
