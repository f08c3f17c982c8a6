// 三 利益协调机制不健全, two ways the graph shows it:
// - a joint body (two or more founders or contributors) for which the graph records no share
//   terms of some founder (no `contribution` or SHARE metric on its founding relation);
//   severity = the share of founders without terms;
// - a fund whose local share of investment is low: below LOW_LOCAL_SHARE by project count or by
//   amount; severity = 1 − the lower of the two shares.
// Local shares are computed from the fund's INVESTS_IN relations (projectCount, investmentAmount,
// else the target's `count`, else 1 project) split by the target's inDistrict; the fund's own
// localProjectShare / localAmountShare metrics are used only when the relations do not say.
import type { ActorRecord, RelationRecord, RelationType } from '../../graph/model.js';
import type { GraphSnapshot } from '../snapshot.js';
import { type GapDetector, type GapMetric, metric, percent, problemStatement, share } from './gap.js';

export const LOW_LOCAL_SHARE = 0.5;
const FOUNDING: ReadonlySet<RelationType> = new Set(['CO_FOUNDED', 'CONTRIBUTES_TO']);

const hasTerms = (r: RelationRecord) => r.metrics.some((m) => m.name === 'contribution' || m.unit === 'SHARE');

function unsharedJointBodies(snapshot: GraphSnapshot) {
  return snapshot.actors().flatMap((body) => {
    const founding = snapshot.relationsOf(body.id).filter((r) => r.to === body.id && FOUNDING.has(r.type) && r.status === 'ESTABLISHED');
    const founders = [...new Set(founding.map((r) => r.from))].sort();
    if (founders.length < 2) return [];
    const withTerms = founders.filter((f) => founding.some((r) => r.from === f && hasTerms(r)));
    const severity = share(founders.length - withTerms.length, founders.length);
    if (severity === 0) return [];
    return [
      {
        title: `${body.name}: ${founders.length - withTerms.length} of ${founders.length} founders have no recorded share terms`,
        severity,
        actors: [body, ...founders.map((id) => snapshot.actor(id) as ActorRecord)],
        metrics: [
          { name: 'founders', value: founders.length, unit: 'COUNT', actorId: body.id },
          { name: 'foundersWithShareTerms', value: withTerms.length, unit: 'COUNT', actorId: body.id },
        ],
        paths: [],
        relations: founding,
      },
    ];
  });
}

export interface LocalShares {
  projectShare?: number;
  amountShare?: number;
  projects: number;
  amount: number;
  investments: RelationRecord[];
}

export function localShares(snapshot: GraphSnapshot, fund: ActorRecord): LocalShares {
  const investments = snapshot.relationsOf(fund.id).filter((r) => r.from === fund.id && r.type === 'INVESTS_IN' && r.status === 'ESTABLISHED');
  let projects = 0;
  let localProjects = 0;
  let amount = 0;
  let localAmount = 0;
  let amountKnown = false;
  for (const r of investments) {
    const target = snapshot.actor(r.to) as ActorRecord;
    const count = metric(r, 'projectCount') ?? metric(target, 'count') ?? 1;
    const invested = metric(r, 'investmentAmount');
    projects += count;
    if (target.inDistrict) localProjects += count;
    if (invested !== undefined) {
      amountKnown = true;
      amount += invested;
      if (target.inDistrict) localAmount += invested;
    }
  }
  return {
    projectShare: projects > 0 ? localProjects / projects : metric(fund, 'localProjectShare'),
    amountShare: amountKnown && amount > 0 ? localAmount / amount : metric(fund, 'localAmountShare'),
    projects,
    amount,
    investments,
  };
}

function lowLocalFunds(snapshot: GraphSnapshot) {
  return snapshot
    .actors()
    .filter((a) => a.kind === 'FUND')
    .flatMap((fund) => {
      const shares = localShares(snapshot, fund);
      const known = [shares.projectShare, shares.amountShare].filter((s): s is number => s !== undefined);
      if (known.length === 0 || Math.min(...known) >= LOW_LOCAL_SHARE) return [];
      const metrics: GapMetric[] = [];
      if (shares.projectShare !== undefined) metrics.push({ name: 'localProjectShare', value: shares.projectShare, unit: 'SHARE', actorId: fund.id });
      if (shares.amountShare !== undefined) metrics.push({ name: 'localAmountShare', value: shares.amountShare, unit: 'SHARE', actorId: fund.id });
      if (shares.projects > 0) metrics.push({ name: 'projectCount', value: shares.projects, unit: 'COUNT', actorId: fund.id });
      if (shares.amount > 0) metrics.push({ name: 'investmentAmount', value: shares.amount, unit: 'CNY', actorId: fund.id });
      const described = metrics.filter((m) => m.unit === 'SHARE').map((m) => `${percent(m.value)} ${m.name === 'localProjectShare' ? 'of projects' : 'of the amount'}`);
      return [
        {
          title: `${fund.name} invests little in the district: ${described.join(', ')}`,
          severity: 1 - Math.min(...known),
          actors: [fund, ...shares.investments.map((r) => snapshot.actor(r.to) as ActorRecord)],
          metrics,
          paths: [],
          relations: shares.investments,
        },
      ];
    });
}

export const noBenefitCoordination: GapDetector = {
  type: 'NO_BENEFIT_COORDINATION',
  findingId: 'problem-no-benefit-coordination',
  statement: problemStatement('融合发展的利益协调机制不健全'),
  detect: (snapshot) => [...lowLocalFunds(snapshot), ...unsharedJointBodies(snapshot)],
};
