// Small hand-made graphs for tests: every item carries a citation like real data must.
import type { ActorKind, ActorRecord, RelationRecord, RelationStatus, RelationType } from '../../src/graph/model.js';

export const cite = (quote = 'test') => [{ document: 'test-doc', paragraph: 1, quote }];

export function actor(id: string, kind: ActorKind, name: string, extra: Partial<ActorRecord> = {}): ActorRecord {
  return {
    id,
    kind,
    name,
    nameEn: null,
    aliases: [],
    district: '海淀区',
    inDistrict: true,
    description: null,
    metrics: [],
    citations: cite(name),
    ...extra,
  };
}

export function relation(
  id: string,
  type: RelationType,
  from: string,
  to: string,
  status: RelationStatus = 'ESTABLISHED',
  extra: Partial<RelationRecord> = {},
): RelationRecord {
  return { id, type, status, from, to, description: null, basis: 'STATED', reasoning: null, metrics: [], citations: cite(id), ...extra };
}

/** 北航 and 清华 with a fund each, one enterprise, one planned link. */
export function smallGraph() {
  return {
    actors: [
      actor('buaa', 'UNIVERSITY', '北京航空航天大学', { nameEn: 'Beihang University', aliases: ['北航', 'BUAA'] }),
      actor('tsinghua', 'UNIVERSITY', '清华大学', { nameEn: 'Tsinghua University', aliases: ['清华', 'THU'] }),
      actor('fund-a', 'FUND', '水木启程基金', {
        aliases: ['水木启程'],
        metrics: [{ name: 'fundSize', value: 41_500_000, unit: 'CNY', asOf: '2014', qualifier: 'EXACT' as const, citations: cite('4150万元') }],
      }),
      actor('fund-b', 'FUND', '北航创新引导基金'),
      actor('firm-1', 'ENTERPRISE', '某海淀企业'),
      actor('firm-2', 'ENTERPRISE', '外区企业', { district: '朝阳区', inDistrict: false }),
    ],
    relations: [
      relation('r1', 'CO_FOUNDED', 'tsinghua', 'fund-a'),
      relation('r2', 'INVESTS_IN', 'fund-a', 'firm-1'),
      relation('r3', 'CO_FOUNDED', 'buaa', 'fund-b', 'PLANNED'),
      relation('r4', 'INVESTS_IN', 'fund-a', 'firm-2'),
    ],
  };
}
