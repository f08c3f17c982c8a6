// Brokerage (beside §34's 四: no standing body, so coordination rests on individual brokers): actors that bridge otherwise separate communities of the established graph
// (Louvain), scored by betweenness (graphology-metrics) and Burt's constraint, and single points
// of failure (articulation points). Government bodies, policies, groups and placeholders are
// hubs or context, never brokers found. severity = betweenness / the graph's largest betweenness,
// raised to at least the share of actors an articulation point would cut off.
import { betweennessCentrality, louvain } from '../graphology-cjs.js';
import type { ActorKind, ActorRecord } from '../../graph/model.js';
import { isContext } from '../measures.js';
import type { GraphSnapshot } from '../snapshot.js';
import { seededRandom } from '../random.js';
import { articulationPoints, burtConstraint } from '../structure.js';
import { type GapDetector, type GapMetric, problemStatement } from './gap.js';

const MAX_BROKERS = 20;
const MIN_SEVERITY = 0.1;
/** Hubs by office, not brokers: a government body or a policy connects everything it governs. */
const NOT_BROKERS: ReadonlySet<ActorKind> = new Set(['GOVERNMENT', 'POLICY']);
/**
 * Betweenness (Brandes, exact) is O(actors × relations): about a second at 2000 actors on a
 * 2-core machine, once per snapshot. Beyond that the gap ranks by degree centrality instead.
 */
export const BETWEENNESS_MAX_ACTORS = 2_000;

/** The measure's name in the titles' two languages (the metric keeps its identifier). */
const CENTRALITY_NAMES = {
  betweenness: { zh: '中介中心度', en: 'betweenness' },
  degreeCentrality: { zh: '度中心度', en: 'degree centrality' },
} as const;

export interface BrokerageMeasures {
  community: Record<string, number>;
  centrality: Record<string, number>;
  centralityName: 'betweenness' | 'degreeCentrality';
  constraint: Map<string, number>;
  cutOff: Map<string, number>;
}

export function brokerageMeasures(snapshot: GraphSnapshot): BrokerageMeasures {
  return snapshot.memo('brokerage', () => {
    const graph = snapshot.establishedGraph();
    const small = graph.order <= BETWEENNESS_MAX_ACTORS;
    const degree = () => Object.fromEntries(graph.mapNodes((n) => [n, graph.degree(n) / Math.max(1, graph.order - 1)]));
    return {
      community: graph.size > 0 ? louvain(graph, { getEdgeWeight: 'weight', rng: seededRandom(2014) }) : {},
      centrality: small ? betweennessCentrality(graph, { normalized: true }) : degree(),
      centralityName: small ? 'betweenness' : 'degreeCentrality',
      constraint: burtConstraint(graph),
      cutOff: articulationPoints(graph),
    };
  });
}

export const brokerage: GapDetector = {
  type: 'BROKERAGE',
  findingId: 'problem-policies-not-combined',
  statement: problemStatement('没有促进融合发展的固定化、常设性的组织机构，工作连续性和协调力度受影响'),
  detect(snapshot) {
    const m = brokerageMeasures(snapshot);
    const graph = snapshot.establishedGraph();
    const top = Math.max(0, ...Object.values(m.centrality));
    return graph
      .mapNodes((id) => {
        const communities = new Set(graph.mapNeighbors(id, (n) => m.community[n]));
        communities.add(m.community[id]);
        const cutOff = m.cutOff.get(id) ?? 0;
        const centrality = m.centrality[id] ?? 0;
        const severity = Math.max(top > 0 ? centrality / top : 0, cutOff / Math.max(1, graph.order - 1));
        return { id, communities: communities.size, cutOff, centrality, severity };
      })
      .filter((b) => b.communities >= 2 && (b.severity >= MIN_SEVERITY || b.cutOff > 0))
      .filter((b) => {
        const actor = snapshot.actor(b.id) as ActorRecord;
        return !NOT_BROKERS.has(actor.kind) && !isContext(snapshot, actor);
      })
      .sort((a, b) => b.severity - a.severity || a.id.localeCompare(b.id))
      .slice(0, MAX_BROKERS)
      .map((b) => {
        const actor = snapshot.actor(b.id) as ActorRecord;
        const metrics: GapMetric[] = [
          { name: m.centralityName, value: b.centrality, unit: 'SCORE', actorId: b.id },
          { name: 'communitiesBridged', value: b.communities, unit: 'COUNT', actorId: b.id },
          { name: 'actorsCutOffIfRemoved', value: b.cutOff, unit: 'COUNT', actorId: b.id },
        ];
        const constraint = m.constraint.get(b.id);
        if (constraint !== undefined) metrics.push({ name: 'burtConstraint', value: constraint, unit: 'SCORE', actorId: b.id });
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
