// The audit of issue #13, paragraph by paragraph: each correction, the basis of every relation,
// the qualifiers of approximate figures, the missing facts, the names, and figures counted once.
import { describe, expect, it } from 'vitest';
import { distinctFigures, restatements } from '../../src/analytics/figures.js';
import type { RelationRecord } from '../../src/graph/model.js';
import { normalizeName } from '../../src/graph/names.js';
import { actorById, seed } from './seed-data.js';

const relation = (id: string) => seed.relations.find((r) => r.id === id);
const between = (from: string, to: string, type?: string) =>
  seed.relations.filter((r) => r.from === from && r.to === to && (!type || r.type === type));
const byName = (text: string) =>
  seed.actors.filter((a) => [a.name, a.nameEn ?? '', ...a.aliases].some((n) => normalizeName(n) === normalizeName(text)));

describe('the seed corrections of the audit', () => {
  it('does not make the book city the 一城 of 一城三街 (§23); the street stays located in it', () => {
    expect(between('haidian-book-city', 'one-city-three-streets')).toEqual([]);
    expect(between('innovation-incubation-street', 'haidian-book-city', 'LOCATED_IN')).toHaveLength(1);
  });

  it('records the aerospace park as PLANNED: 建设…规划入驻…建成 (§21)', () => {
    expect(relation('government-builds-aerospace-park')?.status).toBe('PLANNED');
  });

  it('puts the 京津冀 industry fund outside the district: §39 gives no location', () => {
    expect(actorById('jjj-industry-development-fund').inDistrict).toBe(false);
    expect(actorById('jjj-industry-development-fund').district ?? null).toBeNull();
  });

  it('names 利税 profits and taxes (§16)', () => {
    const names = actorById('zgc-high-end-talent-base').metrics.map((m) => m.name);
    expect(names).toContain('profitsAndTaxes');
    expect(names).not.toContain('taxes');
  });

  it('drops the three relations the report does not state (§14, §28, §27)', () => {
    for (const id of ['pku-co-founded-science-finance-alliance', 'catalogue-part-of-measures', 'measures-support-demonstration-projects']) {
      expect(relation(id), id).toBeUndefined();
    }
  });

  it('has no technology transferred to a fund: the special fund SUPPORTS the military transfer (§38)', () => {
    const toFunds = seed.relations.filter((r) => r.type === 'TRANSFERS_TECHNOLOGY' && actorById(r.to).kind === 'FUND');
    expect(toFunds.map((r) => r.id)).toEqual([]);
    const supports = between('civil-military-special-fund', 'defence-groups', 'SUPPORTS');
    expect(supports.map((r) => [r.status, r.citations[0]?.quote])).toEqual([['PLANNED', expect.stringContaining('支持军工科技成果向民用产品转化')]]);
  });

  it('cites the sentence that names the incubator plan for what the plan supports (§23)', () => {
    const quotes = relation('incubator-plan-supports-incubators')?.citations.map((c) => c.quote) ?? [];
    expect(quotes.some((q) => q.includes('《支持海淀区新兴产业孵化器发展建议方案》'))).toBe(true);
  });
});

describe('stated or inferred', () => {
  const NAMED = [
    'social-capital-co-founded-shuimu-qicheng',
    'new-tech-office-operates-measures',
    'new-tech-office-docks-departments',
    'new-tech-office-docks-higher-units',
    'new-tech-office-docks-troops',
    'new-tech-office-docks-central-soes',
    'civil-military-platform-docks-economy-commission',
    'civil-military-platform-docks-zac',
    'capital-positioning-shapes-core-zone',
    'science-city-in-core-zone',
  ];

  it('marks the inferences the audit named INFERRED, each with its reasoning', () => {
    for (const id of NAMED) {
      const r = relation(id) as RelationRecord;
      expect([id, r.basis]).toEqual([id, 'INFERRED']);
      expect(r.reasoning?.length ?? 0, id).toBeGreaterThan(20);
    }
  });

  it('marks every relation whose description says it is inferred, read or a remainder', () => {
    const worded = seed.relations.filter((r) => /inferred|read as|read from|remainder/i.test(r.description ?? ''));
    expect(worded.filter((r) => r.basis !== 'INFERRED').map((r) => r.id)).toEqual([]);
  });

  it('gives every relation a basis, and reasoning exactly to the inferred ones', () => {
    expect(seed.relations.filter((r) => r.basis !== 'STATED' && r.basis !== 'INFERRED')).toEqual([]);
    expect(seed.relations.filter((r) => r.basis === 'STATED' && r.reasoning).map((r) => r.id)).toEqual([]);
    expect(seed.relations.filter((r) => r.basis === 'INFERRED').length).toBeGreaterThanOrEqual(NAMED.length + 5);
  });
});

describe('approximate figures', () => {
  /** The report's words for a figure that is not exact, and the qualifier each one means. */
  const MARKERS: [RegExp, string][] = [
    [/\d+(?:\.\d+)?[万亿千百]?多/, 'MORE_THAN'],
    [/近(?:\d|百)/, 'NEARLY'],
    [/超过|突破|四分之一强|(?:十|\d)余/, 'MORE_THAN'],
    [/(?<!规模)以上/, 'AT_LEAST'],
  ];
  const metrics = [...seed.actors, ...seed.relations].flatMap((h) => h.metrics.map((m) => ({ at: `${h.id}.${m.name}`, ...m })));

  it('qualifies every metric whose quote says 多, 近, 超过, 以上, 强 or 余', () => {
    const wrong = metrics.flatMap((m) => {
      const marker = MARKERS.find(([re]) => m.citations.some((c) => re.test(c.quote)));
      return marker && m.qualifier !== marker[1] ? [`${m.at}: ${m.qualifier}, expected ${marker[1]}`] : [];
    });
    expect(wrong).toEqual([]);
  });

  it('holds the audit’s examples', () => {
    const q = (at: string) => metrics.find((m) => m.at === at)?.qualifier;
    expect(q('haidian-vc-guidance-parent-fund.leveragedSocialInvestment')).toBe('MORE_THAN'); // 60多亿
    expect(q('tech-transfer-docked-enterprises.count')).toBe('NEARLY'); // 近百
    expect(q('academician-expert-workstations.supportingResearchers')).toBe('MORE_THAN'); // 超过1千人
    expect(q('postdoctoral-workstations.researchProjects')).toBe('NEARLY'); // 近500
    expect(q('postdoctoral-workstations.ipApplications')).toBe('MORE_THAN'); // 500多
    expect(q('national-tech-transfer-cluster.occupiedSpace')).toBe('MORE_THAN'); // 超过1.2万平米
    expect(q('zgc-certification-supports-core-zone.shareOfBeijing')).toBe('AT_LEAST'); // 60%以上
    expect(q('ten-thousand-talents-supports-core-zone.shareOfNationalSelected')).toBe('MORE_THAN'); // 四分之一强
    expect(q('industrial-enterprises-above-scale.industrialOutput')).toBe('EXACT'); // 规模以上 is a category
  });
});

describe('the missing facts', () => {
  it('makes the district the author of the policies it wrote (§23, §24), with the municipal IP office for the plan', () => {
    for (const policy of ['incubator-support-plan', 'coworking-space-measures', 'ip-core-zone-plan-2013-2015']) {
      expect(between('haidian-government', policy, 'CO_FOUNDED'), policy).toHaveLength(1);
    }
    expect(between('beijing-ip-office', 'ip-core-zone-plan-2013-2015', 'CO_FOUNDED')).toHaveLength(1);
  });

  it('has the district build the technology-transfer cluster (§25)', () => {
    expect(between('haidian-government', 'national-tech-transfer-cluster', 'CO_FOUNDED').map((r) => r.status)).toEqual(['ESTABLISHED']);
  });

  it('makes 水木杨帆 the planned second phase of 水木启程 (§12)', () => {
    expect(between('shuimu-yangfan-fund', 'shuimu-qicheng-fund').map((r) => [r.type, r.status])).toEqual([['PART_OF', 'PLANNED']]);
  });

  it('records 东升科技园’s designation as a relation, not a name (§21)', () => {
    expect(actorById('dongsheng-science-park').aliases).not.toContain('军民融合示范园');
    expect(between('haidian-government', 'dongsheng-science-park', 'SUPPORTS')[0]?.citations[0]?.quote).toContain('挂牌军民融合示范园');
  });

  it('puts the programmes’ Haidian headcounts on the programmes (§18)', () => {
    const headcount = (id: string) => actorById(id).metrics.find((m) => m.name === 'selectedInHaidian')?.value;
    expect([headcount('ten-thousand-talents-program'), headcount('haiju-program'), headcount('gaoju-program')]).toEqual([70, 205, 126]);
  });

  it('certifies the 14 incubators and the 11 co-working spaces as relations, inventing no incubatee (§23)', () => {
    const certified = (to: string) => between('haidian-government', to, 'SUPPORTS')[0]?.metrics.find((m) => /^(certified|designated)/.test(m.name))?.value;
    expect([certified('emerging-industry-incubators'), certified('coworking-spaces')]).toEqual([14, 11]);
    expect(seed.relations.filter((r) => r.type === 'INCUBATES' && ['emerging-industry-incubators', 'coworking-spaces'].includes(r.from))).toEqual([]);
  });
});

describe('names', () => {
  it('finds what planners type: Tsinghua, Beihang and the groups’ full names', () => {
    const ids = (text: string) => byName(text).map((a) => a.id);
    expect(ids('Tsinghua')).toEqual(['tsinghua']);
    expect(ids('Beihang')).toEqual(['buaa']);
    expect(ids('中国航天科工集团')).toEqual(['casic']);
    expect(ids('中国航天科技集团')).toEqual(['casc']);
    expect(ids('中国航空工业集团')).toEqual(['avic']);
    expect(ids('中航工业集团')).toEqual(['avic']);
    expect(ids('Sinovation Ventures')).toEqual(['innovation-works']);
  });

  it('keeps 科技中介机构 apart from 创业服务机构 (§16) and designations out of names', () => {
    expect(byName('科技中介机构')).toEqual([]);
    expect(byName('军民融合示范园')).toEqual([]);
  });
});

describe('figures counted once', () => {
  const restated = restatements(seed.actors, seed.relations);

  it('counts each restated figure on one holder only', () => {
    expect(restated).toEqual(
      expect.arrayContaining([
        'talent-base-incubates-enterprises.enterpriseCount', // 86
        'cluster-transfers-to-enterprises.transferCases', // 33
        'cluster-transfers-to-enterprises.transactionValue', // 2.79亿
        'pku-transfers-results-to-science-park.officeSpace', // 2600
        'ten-thousand-talents-supports-core-zone.selectedPeople', // 70
        'government-certifies-incubators.certifiedIncubators', // 14
      ]),
    );
    // 52 sits on the cluster and on its group: one of the two is counted.
    const fiftyTwo = distinctFigures(seed.actors, seed.relations).filter((f) => f.metric.value === 52 && f.metric.citations[0]?.paragraph === 25);
    expect(fiftyTwo).toHaveLength(1);
  });

  it('sums §25’s technology trade once: 2.79亿, not 5.58亿', () => {
    const paragraph25 = distinctFigures(seed.actors, seed.relations).filter((f) => f.metric.unit === 'CNY' && f.metric.citations[0]?.paragraph === 25);
    expect(paragraph25.reduce((sum, f) => sum + f.metric.value, 0)).toBe(279_000_000);
  });

  it('keeps different figures that share a value apart (CASIC’s 2 district and 2 other projects)', () => {
    const twos = distinctFigures(seed.actors, seed.relations).filter((f) => f.holder.startsWith('casic-fund-') && f.metric.value === 2);
    expect(twos.map((f) => f.holder)).toEqual(['casic-fund-portfolio-haidian', 'casic-fund-portfolio-other']);
  });
});
