// 三 融合发展的利益协调机制不健全：需要建立健全驻区资源与地方政府之间利益协调和平衡机制 (§34).
// About the funds the district set up with a resident resource (a university, an institute, a
// military group): the district's benefit is what the fund places in the district. A gap where
// the local share of projects or of amount is below LOW_LOCAL_SHARE; severity = 1 − the lower
// share (航天产业投资基金: 3.2% of its amount, severity 0.968). Funds that record no investments
// say nothing either way and are not findings; the report records no share terms for any fund,
// so their absence is not a finding either.
import type { ActorRecord } from '../../graph/model.js';
import { type GapMetric } from './gap.js';
import type { GraphView } from '../graph-view.js';
import { isContext, localShares, percent } from '../measures.js';
import { KIND_CODE, TYPE_CODE } from '../projection/projection.js';
import { RESIDENT_RESOURCES } from './case-by-case.js';
import { evidencePath, pathParts, pathRecords } from './evidence.js';
import { type GapDetector, mostSevere, problemStatement } from './gap.js';

export const LOW_LOCAL_SHARE = 0.5;
/** Investments a gap shows as evidence, at most (a district-size fund makes thousands; the metrics count them all). */
export const EVIDENCE_INVESTMENTS = 50;

const FOUNDING = new Set([TYPE_CODE.get('CO_FOUNDED'), TYPE_CODE.get('CONTRIBUTES_TO')]);
const GOVERNMENT = KIND_CODE.get('GOVERNMENT');
const RESOURCE_CODES = new Set([...RESIDENT_RESOURCES].map((k) => KIND_CODE.get(k)));

/** The fund's founders (indexes): the district bodies and the resident resources among them. */
function founders(view: GraphView, fund: number) {
  const p = view.projection;
  const { from, to, types } = p.relations;
  const ids = [...new Set(view.relationsOf(fund).filter((r) => to[r] === fund && FOUNDING.has(types[r])).map((r) => from[r] as number))];
  return {
    district: ids.filter((a) => p.actors.kinds[a] === GOVERNMENT && p.inDistrict(a)),
    resources: ids.filter((a) => RESOURCE_CODES.has(p.actors.kinds[a])),
  };
}

export const noBenefitCoordination: GapDetector = {
  type: 'NO_BENEFIT_COORDINATION',
  findingId: 'problem-no-benefit-coordination',
  statement: problemStatement('融合发展的利益协调机制不健全。需要建立健全驻区资源与地方政府之间利益协调和平衡机制'),
  async detect(view) {
    const p = view.projection;
    const { to } = p.relations;
    const candidates = view
      .actorsOfKinds(['FUND'])
      .map((fund) => ({ fund, ...founders(view, fund) }))
      .filter((f) => f.district.length > 0 && f.resources.length > 0);
    // Shares from the projection and the held metrics; records only for the funds found.
    const held = await view.heldMetrics();
    const low = [];
    for (const candidate of candidates) {
      const shares = localShares(view, held, candidate.fund);
      const known = [shares.projectShare, shares.amountShare].filter((s): s is number => s !== undefined);
      if (shares.investments.length > 0 && known.length > 0 && Math.min(...known) < LOW_LOCAL_SHARE) low.push({ ...candidate, shares, lowest: Math.min(...known) });
      await view.clock.breathe();
    }
    await view.read(low.flatMap((f) => [f.fund, ...f.resources]));
    const subjects = mostSevere(
      low.map((f) => ({ ...f, resources: f.resources.filter((a) => !isContext(view, a)) })).filter((f) => f.resources.length > 0),
      (f) => 1 - f.lowest,
      (f) => f.fund,
    );
    const found = [];
    for (const { fund, resources, shares, lowest } of subjects) {
      const outside = shares.investments.filter((r) => !p.inDistrict(to[r] as number)).map((r) => p.id(to[r] as number));
      const paths = [];
      for (const resource of outside.length ? resources : []) {
        paths.push(evidencePath(view, { from: p.id(resource), to: { ids: outside }, via: ['FUND'], maxHops: 2, establishedOnly: true }));
        await view.clock.breathe();
      }
      found.push({ fund: view.actor(fund) as ActorRecord, resources: resources.map((a) => view.actor(a) as ActorRecord), shares, lowest, paths, shown: shares.investments.slice(0, EVIDENCE_INVESTMENTS) });
    }
    const parts = pathParts(found.flatMap((f) => f.paths));
    await view.read(parts.actors, [...parts.relations, ...found.flatMap((f) => f.shown)]);
    return found.map(({ fund, resources, shares, lowest, paths, shown }) => {
      const metrics: GapMetric[] = [];
      if (shares.projectShare !== undefined) metrics.push({ name: 'localProjectShare', value: shares.projectShare, unit: 'SHARE', actorId: fund.id });
      if (shares.amountShare !== undefined) metrics.push({ name: 'localAmountShare', value: shares.amountShare, unit: 'SHARE', actorId: fund.id });
      metrics.push({ name: 'projectCount', value: shares.projects, unit: 'COUNT', actorId: fund.id });
      if (shares.amount > 0) metrics.push({ name: 'investmentAmount', value: shares.amount, unit: 'CNY', actorId: fund.id });
      const zh = [shares.projectShare !== undefined ? `项目${percent(shares.projectShare)}` : '', shares.amountShare !== undefined ? `金额${percent(shares.amountShare)}` : ''].filter(Boolean).join('、');
      const en = [shares.projectShare !== undefined ? `${percent(shares.projectShare)} of projects` : '', shares.amountShare !== undefined ? `${percent(shares.amountShare)} of the amount` : ''].filter(Boolean).join(', ');
      const partners = resources.map((r) => r.name).join('、');
      return {
        title: `${fund.name}（区政府与${partners}共建）投在海淀的只占${zh}`,
        titleEn: `${fund.nameEn ?? fund.name} (set up by the district with ${resources.map((r) => r.nameEn ?? r.name).join(', ')}) places only ${en} in Haidian`,
        explanation: `§34：“需要建立健全驻区资源与地方政府之间利益协调和平衡机制”。区里出资的共建基金，区内份额低于${percent(LOW_LOCAL_SHARE)}；严重度 = 1 − ${percent(lowest)}。`,
        explanationEn: `§34: benefits between resident resources and the local government are not balanced. A fund the district co-founded places below ${percent(LOW_LOCAL_SHARE)} in the district; severity = 1 − ${percent(lowest)}.`,
        severity: 1 - lowest,
        actors: [fund, ...resources],
        metrics,
        paths: paths.flatMap((path) => pathRecords(view, path) ?? []),
        relations: shown.flatMap((r) => view.relation(r) ?? []),
      };
    });
  },
};
