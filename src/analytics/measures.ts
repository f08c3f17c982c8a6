// Measures the coordination gaps and the indices share: which actors are context rather than
// findings, a record's metric, a fund's local shares, and the figures of the report counted once.
import type { ActorRecord, RelationRecord } from '../graph/model.js';
import { heldFigures, type HeldFigure } from './figures.js';
import type { GraphSnapshot } from './snapshot.js';

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

/** Planned or intended only: no established relation of its own (the aerospace park's planned tenants). */
export function isPlaceholder(snapshot: GraphSnapshot, actor: ActorRecord): boolean {
  return !snapshot.relationsOf(actor.id).some((r) => r.status === 'ESTABLISHED');
}

/** Groups and placeholders: they contribute to measures but are never the subject of a finding or a rank. */
export function isContext(snapshot: GraphSnapshot, actor: ActorRecord): boolean {
  return isGroup(actor) || isPlaceholder(snapshot, actor);
}

export const isDistrictEnterprise = (a: ActorRecord) => a.kind === 'ENTERPRISE' && a.inDistrict;

export interface LocalShares {
  projectShare?: number;
  amountShare?: number;
  projects: number;
  amount: number;
  investments: RelationRecord[];
}

/**
 * A fund's share of projects and of amount placed in the district, from its established
 * INVESTS_IN relations (projectCount, investmentAmount, else the target's count, else 1 project)
 * split by the target's inDistrict; the fund's own stated shares only when the relations say nothing.
 */
export function localShares(snapshot: GraphSnapshot, fund: ActorRecord): LocalShares {
  const investments = snapshot.relationsOf(fund.id).filter((r) => r.from === fund.id && r.type === 'INVESTS_IN' && r.status === 'ESTABLISHED');
  let projects = 0;
  let localProjects = 0;
  let amount = 0;
  let localAmount = 0;
  for (const r of investments) {
    const target = snapshot.actor(r.to) as ActorRecord;
    const count = metric(r, 'projectCount') ?? metric(target, 'count') ?? 1;
    const invested = metric(r, 'investmentAmount') ?? 0;
    projects += count;
    amount += invested;
    if (target.inDistrict) {
      localProjects += count;
      localAmount += invested;
    }
  }
  return {
    projectShare: projects > 0 ? localProjects / projects : metric(fund, 'localProjectShare'),
    amountShare: amount > 0 ? localAmount / amount : metric(fund, 'localAmountShare'),
    projects,
    amount,
    investments,
  };
}

/** Every metric of the graph with its holder, in holder order (figures.ts), listed once per snapshot. */
export function snapshotFigures(snapshot: GraphSnapshot): HeldFigure[] {
  return snapshot.memo('held-figures', () => heldFigures(snapshot.actors(), snapshot.relations()));
}
