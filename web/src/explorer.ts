// The page's actions on the graph, shared by every panel: draw the landing view, expand an
// actor, draw and frame an answer, collapse a group, size by a measure; and the status line.
import { neighbourhood, type NeighbourhoodRequest } from './api/neighbourhood.js';
import type { ActorSummary, RelationSummary } from './api/types.js';
import { fitCamera } from './camera.js';
import type { GraphState } from './graph-state.js';
import { collapseGroup, openGroup, type NeighbourGroup } from './groups.js';
import { errorMessage } from './i18n/error-text.js';
import { onLanguageChange } from './i18n/language.js';
import { t } from './i18n/ui-text.js';
import { LabelManager } from './labels.js';
import { Layout } from './layout.js';
import { applyMeasure, type Measure, type MeasureRange } from './measures.js';
import type { ExplorerRenderer } from './renderer.js';

type Listener<T> = (value: T) => void;

/** At most this many actors per expansion: a hub's whole neighbourhood would bury the drawing. */
export const EXPAND_LIMIT = 150;

/** From this many actors on, panning and zooming hide edges and labels until the view rests. */
const LARGE_DRAWING = 1000;

export type ExpandRequest = Omit<NeighbourhoodRequest, 'limit'> & { limit?: number };

export class Explorer {
  selected: string | null = null;
  readonly layout: Layout;
  readonly labels: LabelManager;
  measure: Measure = { kind: 'kind' };
  measureRange: MeasureRange | null = null;
  /** What the view shows, in the current language: the PNG export's title. */
  viewTitle: () => string = () => t('title');
  /** The limit the last expansion was cut at, said in the status line. */
  private truncatedAt: number | null = null;
  private readonly selectionListeners = new Set<Listener<string | null>>();
  private readonly measureListeners = new Set<Listener<MeasureRange | null>>();

  constructor(
    readonly state: GraphState,
    readonly renderer: ExplorerRenderer,
    private readonly status: HTMLElement,
  ) {
    this.layout = new Layout(state.graph);
    this.labels = new LabelManager(renderer, state);
    onLanguageChange(() => {
      state.relabel();
      this.showCounts();
      this.labels.schedule(0);
    });
  }

  onSelect(listener: Listener<string | null>): void {
    this.selectionListeners.add(listener);
  }

  onMeasure(listener: Listener<MeasureRange | null>): void {
    this.measureListeners.add(listener);
  }

  select(id: string | null): void {
    this.labels.priority.clear();
    if (id) this.labels.priority.add(id);
    this.selected = id;
    for (const listener of this.selectionListeners) listener(id);
    this.labels.schedule();
  }

  /** Draws the actor's neighbourhood around it (of some relation types only, when given). */
  async expand(request: ExpandRequest): Promise<void> {
    await this.expandAll([request]);
    const name = this.state.graph.hasNode(request.id) ? this.state.graph.getNodeAttribute(request.id, 'name') : request.id;
    this.viewTitle = () => t('viewTitleActor', { name: this.labelOf(request.id, name) });
  }

  /** Fetches several neighbourhoods at once and draws them together, laid out once. */
  async expandAll(requests: ExpandRequest[]): Promise<void> {
    const answers = await Promise.all(requests.map((request) => neighbourhood({ ...request, limit: request.limit ?? EXPAND_LIMIT })));
    // User Timing marks: how long the data took, and the drawing (docs/explorer.md's figures).
    performance.mark('explorer:fetched');
    this.renderer.once('afterRender', () => performance.mark('explorer:drawn'));
    const before = new Set(this.state.graph.nodes());
    answers.forEach(({ subgraph, figures }, i) => {
      const request = requests[i]!;
      this.state.addSubgraph(subgraph, figures, request.id);
      if (!request.relationTypes?.length) this.state.markExpanded(request.id);
    });
    const cut = requests.find((request, i) => answers[i]!.subgraph.truncated);
    this.truncatedAt = cut ? (cut.limit ?? EXPAND_LIMIT) : null;
    this.redraw(this.state.graph.filterNodes((node) => !before.has(node)));
  }

  /** Draws an answer (paths, a gap, index contributors), highlights it and brings it into view. */
  async spotlight(actors: ActorSummary[], relations: RelationSummary[], title?: () => string): Promise<void> {
    const before = new Set(this.state.graph.nodes());
    for (const actor of actors) this.state.addActor(actor);
    for (const relation of relations) this.state.addRelation(relation);
    const nodes = [...new Set([...actors.map((a) => a.id), ...relations.flatMap((r) => [r.from.id, r.to.id])])];
    for (const node of nodes) this.openGroupOf(node);
    this.state.highlight({ nodes, edges: relations.map((r) => r.id) });
    this.redraw(this.state.graph.filterNodes((node) => !before.has(node)));
    if (title) this.viewTitle = title;
    await this.fit(nodes);
  }

  endSpotlight(): void {
    if (!this.state.highlighting) return;
    this.state.highlight(null);
    this.renderer.refresh();
    this.labels.schedule();
  }

  /** Puts the actor on the canvas, expands it and selects it. */
  async focus(actor: Pick<ActorSummary, 'id' | 'kind' | 'name' | 'nameEn' | 'inDistrict'>): Promise<void> {
    this.state.addActor(actor);
    this.openGroupOf(actor.id);
    await this.run(() => this.expand({ id: actor.id }));
    this.select(actor.id);
    await this.fit([actor.id, ...this.state.graph.neighbors(actor.id)]);
  }

  async fit(nodes: readonly string[] = this.state.graph.nodes()): Promise<void> {
    await fitCamera(this.renderer, nodes);
    this.labels.update();
  }

  collapse(anchor: string, group: NeighbourGroup): void {
    collapseGroup(this.state.graph, anchor, group);
    this.afterRegrouping();
  }

  openGroup(id: string): void {
    openGroup(this.state.graph, id);
    this.afterRegrouping();
  }

  removeActor(id: string): void {
    this.state.removeActor(id);
    if (this.selected === id) this.select(null);
    this.redraw([]);
  }

  clear(): void {
    this.layout.stopWorker();
    this.state.clear();
    this.select(null);
    this.viewTitle = () => t('title');
  }

  setMeasure(measure: Measure): void {
    this.measure = measure;
    this.measureRange = applyMeasure(this.state.graph, measure);
    for (const listener of this.measureListeners) listener(this.measureRange);
    this.renderer.refresh();
    this.labels.schedule();
  }

  /** Runs a request with the status line saying so; failures propagate, shown there too. */
  async busy<T>(task: () => Promise<T>): Promise<T> {
    this.status.textContent = t('loading');
    this.status.classList.remove('error');
    try {
      const result = await task();
      this.showCounts();
      return result;
    } catch (error) {
      this.showError(error);
      throw error;
    }
  }

  /** Runs a request, reporting failures in the status line instead of losing them. */
  async run<T>(task: () => Promise<T>): Promise<T | undefined> {
    try {
      return await this.busy(task);
    } catch (error) {
      console.error(error);
      return undefined;
    }
  }

  /** Lays out the actors just added, re-applies the measure and redraws. */
  redraw(added: readonly string[]): void {
    // A large drawing moves without its edges and labels (the view follows the hand, then fills
    // in), and skips picking edges under the pointer: each costs a full pass of every edge.
    const large = this.state.graph.order > LARGE_DRAWING;
    this.renderer.setSettings({ hideEdgesOnMove: large, hideLabelsOnMove: large, enableEdgeEvents: !large });
    this.layout.place(added);
    // A large layout refines in a worker: the labels follow once it has settled.
    void this.layout.settled.then(() => this.labels.schedule());
    this.state.refreshEdgeEnds();
    this.measureRange = applyMeasure(this.state.graph, this.measure);
    for (const listener of this.measureListeners) listener(this.measureRange);
    this.renderer.refresh();
    this.labels.schedule();
    this.showCounts();
  }

  private afterRegrouping(): void {
    this.state.refreshEdgeEnds();
    this.redraw([]);
  }

  private openGroupOf(node: string): void {
    const { graph } = this.state;
    const group = graph.hasNode(node) ? graph.getNodeAttribute(node, 'collapsedInto') : null;
    if (group) openGroup(graph, group);
  }

  private labelOf(id: string, fallback: string): string {
    const { graph } = this.state;
    return graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : fallback;
  }

  private showError(error: unknown): void {
    this.status.textContent = t('errorPrefix') + errorMessage(error);
    this.status.classList.add('error');
  }

  private showCounts(): void {
    this.status.classList.remove('error');
    const { graph } = this.state;
    const actors = graph.filterNodes((_node, a) => !a.group).length;
    const relations = graph.filterEdges((_edge, a) => !a.synthetic).length;
    const note = this.truncatedAt === null ? '' : t('truncated', { n: this.truncatedAt });
    this.status.textContent = t('nodesEdges', { n: actors, e: relations }) + note;
    this.status.dataset.nodes = String(actors);
    this.status.dataset.edges = String(relations);
  }
}
