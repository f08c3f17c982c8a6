// Brokerage (beside §34's 四: no standing body, so coordination rests on individual brokers):
// actors that bridge otherwise separate communities of the established graph (Louvain, or label
// propagation beyond BETWEENNESS_MAX_ACTORS), scored by betweenness (exact, or sampled with its
// error bound) and Burt's constraint, and single points of failure (articulation points). Government bodies, policies, groups and placeholders are
// hubs or context, never brokers found. severity = betweenness / the graph's largest betweenness,
// raised to at least the share of actors an articulation point would cut off.
import { UndirectedGraph } from 'graphology';
import { betweennessCentrality, louvain } from '../graphology-cjs.js';
import type { ActorKind, ActorRecord } from '../../graph/model.js';
import type { GraphView } from '../graph-view.js';
import { isContext } from '../measures.js';
import { articulationPointsCsr } from '../measures/articulation.js';
import { constraintOf } from '../measures/constraint.js';
import { establishedGraph, type UndirectedCsr } from '../measures/established-graph.js';
import { ESTABLISHED, KIND_CODE, type Projection } from '../projection/projection.js';
import { seededRandom } from '../random.js';
import { articulationPoints, burtConstraint } from '../structure.js';
import { type GapDetector, type GapMetric, problemStatement } from './gap.js';

const MAX_BROKERS = 20;
const MIN_SEVERITY = 0.1;
/** Hubs by office, not brokers: a government body or a policy connects everything it governs. */
const NOT_BROKERS: ReadonlySet<ActorKind> = new Set(['GOVERNMENT', 'POLICY']);
/**
 * Up to this many actors the measures are exact (Brandes' betweenness and Louvain, graphology,
 * about a second at 2000 actors on a 2-core machine); beyond, they are the projection's
 * whole-graph measures: sampled betweenness (with its error bound) and label propagation.
 */
export const BETWEENNESS_MAX_ACTORS = 2_000;

/** The measure's name in the titles' two languages (the metric keeps its identifier). */
const CENTRALITY_NAMES = {
  betweenness: { zh: '中介中心度', en: 'betweenness' },
  sampledBetweenness: { zh: '中介中心度（抽样估计）', en: 'sampled betweenness' },
} as const;

/** Per actor index. `constraint` holds every actor on small graphs, and is computed for the reported brokers otherwise. */
export interface BrokerageMeasures {
  community: ArrayLike<number>;
  centrality: ArrayLike<number>;
  centralityName: 'betweenness' | 'sampledBetweenness';
  constraint: (actor: number) => number | undefined;
  cutOff: Map<number, number>;
}

/** The established graph as graphology builds it from records: actors in id order, relations merged in id order. */
function establishedGraphology(projection: Projection): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (let a = 0; a < projection.actorCount; a++) graph.addNode(projection.id(a));
  const { ids, from, to, statuses } = projection.relations;
  const byId = Array.from({ length: projection.relationCount }, (_, r) => r).sort((a, b) => ids.compare(a, b));
  for (const r of byId) {
    if (statuses[r] !== ESTABLISHED || from[r] === to[r]) continue;
    graph.updateEdge(projection.id(from[r] as number), projection.id(to[r] as number), (attributes) => ({ weight: ((attributes.weight as number | undefined) ?? 0) + 1 }));
  }
  return graph;
}

function exactMeasures(projection: Projection): BrokerageMeasures {
  const graph = establishedGraphology(projection);
  const byIndex = (values: Record<string, number>) => Float64Array.from({ length: projection.actorCount }, (_, a) => values[projection.id(a)] ?? 0);
  const constraint = burtConstraint(graph);
  const cutOff = articulationPoints(graph);
  return {
    community: graph.size > 0 ? byIndex(louvain(graph, { getEdgeWeight: 'weight', rng: seededRandom(2014) })) : new Float64Array(projection.actorCount),
    centrality: byIndex(betweennessCentrality(graph, { normalized: true })),
    centralityName: 'betweenness',
    constraint: (a) => constraint.get(projection.id(a)),
    cutOff: new Map([...cutOff].map(([id, n]) => [projection.indexOf(id), n])),
  };
}

async function sampledMeasures(view: GraphView): Promise<{ graph: UndirectedCsr; measures: BrokerageMeasures }> {
  const measures = await view.measures();
  const { graph } = measures;
  const cutOff = await view.clock.time('gaps: BROKERAGE: articulation points', () => articulationPointsCsr(graph));
  return {
    graph,
    measures: {
      community: measures.communities.labels,
      centrality: measures.betweenness.scores,
      centralityName: measures.betweenness.exact ? 'betweenness' : 'sampledBetweenness',
      constraint: (a) => constraintOf(graph, a),
      cutOff,
    },
  };
}

/** How many distinct communities an actor and its neighbours are in; `stamp` marks the ones counted for this actor. */
function communitiesAround(graph: UndirectedCsr, community: ArrayLike<number>, a: number, stamp: Int32Array): number {
  let count = 0;
  const mark = (c: number) => {
    if (stamp[c] === a) return;
    stamp[c] = a;
    count++;
  };
  mark(community[a] as number);
  for (let e = graph.start[a] as number; e < (graph.start[a + 1] as number); e++) mark(community[graph.neighbours[e] as number] as number);
  return count;
}

export const brokerage: GapDetector = {
  type: 'BROKERAGE',
  findingId: 'problem-policies-not-combined',
  statement: problemStatement('没有促进融合发展的固定化、常设性的组织机构，工作连续性和协调力度受影响'),
  async detect(view) {
    const p = view.projection;
    const { graph, measures: m } = p.actorCount <= BETWEENNESS_MAX_ACTORS ? { graph: establishedGraph(p), measures: exactMeasures(p) } : await sampledMeasures(view);
    let top = 0;
    for (let a = 0; a < p.actorCount; a++) top = Math.max(top, m.centrality[a] as number);
    const candidates: { a: number; communities: number; cutOff: number; centrality: number; severity: number }[] = [];
    // Community labels are 0..n−1 on either path (actor ids are strings only in graphology's).
    const stamp = new Int32Array(p.actorCount).fill(-1);
    const notBrokers = new Set([...NOT_BROKERS].map((k) => KIND_CODE.get(k)));
    for (let a = 0; a < p.actorCount; a++) {
      if (notBrokers.has(p.actors.kinds[a])) continue;
      const cutOff = m.cutOff.get(a) ?? 0;
      const centrality = m.centrality[a] as number;
      const severity = Math.max(top > 0 ? centrality / top : 0, cutOff / Math.max(1, p.actorCount - 1));
      if (severity < MIN_SEVERITY && cutOff === 0) continue;
      const communities = communitiesAround(graph, m.community, a, stamp);
      if (communities >= 2) candidates.push({ a, communities, cutOff, centrality, severity });
      if (a % 1_000 === 0) await view.clock.breathe();
    }
    candidates.sort((x, y) => y.severity - x.severity || p.id(x.a).localeCompare(p.id(y.a)));
    // Groups and placeholders are context, never brokers: read candidates in turn until enough remain.
    const brokers: typeof candidates = [];
    for (let i = 0; i < candidates.length && brokers.length < MAX_BROKERS; i += MAX_BROKERS * 4) {
      const batch = candidates.slice(i, i + MAX_BROKERS * 4);
      await view.read(batch.map((b) => b.a));
      brokers.push(...batch.filter((b) => !isContext(view, b.a)).slice(0, MAX_BROKERS - brokers.length));
    }
    return brokers.map((b) => {
      const actor = view.actor(b.a) as ActorRecord;
      const metrics: GapMetric[] = [
        { name: m.centralityName, value: b.centrality, unit: 'SCORE', actorId: actor.id },
        { name: 'communitiesBridged', value: b.communities, unit: 'COUNT', actorId: actor.id },
        { name: 'actorsCutOffIfRemoved', value: b.cutOff, unit: 'COUNT', actorId: actor.id },
      ];
      const constraint = m.constraint(b.a);
      if (constraint !== undefined) metrics.push({ name: 'burtConstraint', value: constraint, unit: 'SCORE', actorId: actor.id });
      const failure = b.cutOff > 0 ? `; a single point of failure: removing it cuts ${b.cutOff} actors off` : '';
      const failureZh = b.cutOff > 0 ? `；单点依赖：去掉它会切断${b.cutOff}个主体` : '';
      return {
        title: `${actor.name}连接${b.communities}个群落（${CENTRALITY_NAMES[m.centralityName].zh} ${b.centrality.toFixed(3)}）${failureZh}`,
        titleEn: `${actor.nameEn ?? actor.name} bridges ${b.communities} communities (${CENTRALITY_NAMES[m.centralityName].en} ${b.centrality.toFixed(3)})${failure}`,
        explanation: `§34：“没有促进融合发展的固定化、常设性的组织机构，工作连续性和协调力度受影响”。协调依赖个别中介：严重度 = 中介中心度 / 最大值（单点依赖时至少为切断的主体比例）。`,
        explanationEn: `§34: without a standing body, continuity and coordination depend on individual brokers. severity = betweenness / the largest betweenness (at least the share of actors cut off for a single point of failure).`,
        severity: b.severity,
        actors: [actor],
        metrics,
        paths: [],
        relations: [],
      };
    });
  },
};
