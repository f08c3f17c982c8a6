// Measures the coordination gaps and the indices share: which actors are context rather than
// findings, a record's metric and a fund's local shares.
import type { ActorRecord } from '../graph/model.js';
import type { GraphView } from './graph-view.js';
import type { HeldMetrics } from './held-metrics.js';
import { ESTABLISHED, TYPE_CODE } from './projection/projection.js';

const INVESTS_IN = TYPE_CODE.get('INVESTS_IN') as number;

/** Metric value of a record, or undefined. */
export function metric(record: { metrics: readonly { name: string; value: number }[] }, name: string): number | undefined {
  return record.metrics.find((m) => m.name === name)?.value;
}

export const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
export const percent = (fraction: number) => `${(fraction * 100).toFixed(1)}%`;

/** Metrics that make an actor a counted group (seed/README.md, "Groups, names, places"). */
const GROUP_METRICS = new Set(['count', 'fundCount', 'plannedCountMin', 'plannedCountMax']);
/** How the seed describes the groups it does not count and the holder of the district-wide figures. */
const GROUP_WORDS = /\bunnamed\b|\bas one group\b|district-wide figures/i;

/** A group the report counts or names without members, or the district as a whole. */
export function isGroup(actor: ActorRecord): boolean {
  return actor.metrics.some((m) => GROUP_METRICS.has(m.name)) || GROUP_WORDS.test(actor.description ?? '');
}

/** Groups and placeholders: they contribute to measures but are never the subject of a finding or a rank. Needs the actor's record read. */
export function isContext(view: GraphView, actor: number): boolean {
  const record = view.actor(actor);
  return !record || isGroup(record) || view.isPlaceholder(actor);
}


export interface LocalShares {
  projectShare?: number;
  amountShare?: number;
  projects: number;
  amount: number;
  /** The fund's established INVESTS_IN relations (indexes). */
  investments: number[];
}

/** The metrics `localShares` reads (HeldMetrics). */
export const SHARE_METRIC_NAMES = ['projectCount', 'investmentAmount', 'count', 'localProjectShare', 'localAmountShare'] as const;

/** A fund's established INVESTS_IN relations (indexes). */
export function investmentsOf(view: GraphView, fund: number): number[] {
  const { from, types, statuses } = view.projection.relations;
  return view.relationsOf(fund).filter((r) => from[r] === fund && types[r] === INVESTS_IN && statuses[r] === ESTABLISHED);
}

/**
 * A fund's share of projects and of amount placed in the district, from its established
 * INVESTS_IN relations (projectCount, investmentAmount, else the target's count, else 1 project)
 * split by the target's inDistrict; the fund's own stated shares only when the relations say
 * nothing. From the projection and the held metrics: no record is read.
 */
export function localShares(view: GraphView, held: HeldMetrics, fund: number): LocalShares {
  const p = view.projection;
  const investments = investmentsOf(view, fund);
  let projects = 0;
  let localProjects = 0;
  let amount = 0;
  let localAmount = 0;
  for (const r of investments) {
    const target = p.relations.to[r] as number;
    const metrics = { metrics: held.relation(p.relationId(r)) };
    const count = metric(metrics, 'projectCount') ?? metric({ metrics: held.actor(p.id(target)) }, 'count') ?? 1;
    const invested = metric(metrics, 'investmentAmount') ?? 0;
    projects += count;
    amount += invested;
    if (p.inDistrict(target)) {
      localProjects += count;
      localAmount += invested;
    }
  }
  const stated = { metrics: held.actor(p.id(fund)) };
  return {
    projectShare: projects > 0 ? localProjects / projects : metric(stated, 'localProjectShare'),
    amountShare: amount > 0 ? localAmount / amount : metric(stated, 'localAmountShare'),
    projects,
    amount,
    investments,
  };
}
