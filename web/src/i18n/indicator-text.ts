// The index indicators (docs/indices.md) in both languages: the API names and describes them in
// English only.
import { pick, type Bilingual } from './language.js';
import { metricName } from './metric-names.js';

const INDICATORS: Record<string, { name: Bilingual; description: Bilingual }> = {
  vehiclesAndTransfers: {
    name: ['共建载体与技术转移', 'vehicles and transfers'],
    description: ['主体发起的已建立的共建与技术转移关系：它参与共建的机构、它转出的成果。', 'Established CO_FOUNDED and TRANSFERS_TECHNOLOGY relations the actor starts: bodies it helped found, results it passed on.'],
  },
  collaborators: {
    name: ['合作者', 'collaborators'],
    description: ['以已建立关系（任一方向）相连的不同主体数。', 'Distinct actors tied to it by an established relation, either direction.'],
  },
  brokerage: {
    name: ['中介度', 'brokerage'],
    description: ['在已建立关系构成的图中的中介中心性（超过 2000 个主体时用度中心性）。', 'Betweenness centrality in the established graph (degree centrality above 2000 actors).'],
  },
  incubated: {
    name: ['孵化', 'incubated'],
    description: ['已建立的孵化关系所孵化的企业数：对象为汇总主体时计其数量，否则计 1。', 'Start-ups incubated: established INCUBATES relations, each counting its target\'s count (an aggregate) or 1.'],
  },
  financed: {
    name: ['投资项目', 'financed'],
    description: ['已建立的投资关系所投项目数：优先计关系的项目数，其次计对象的数量，否则计 1。', 'Projects financed: established INVESTS_IN relations, each counting its projectCount, else the target\'s count, else 1.'],
  },
  hosted: {
    name: ['入驻', 'hosted'],
    description: ['以已建立的“位于”关系入驻它的主体数。', 'Actors located in it: established LOCATED_IN relations pointing at it.'],
  },
  transfers: {
    name: ['技术转移', 'transfers'],
    description: ['与它有关的已建立技术转移关系数（任一方向）。', 'Established TRANSFERS_TECHNOLOGY relations touching the actor, either direction.'],
  },
  localInvestment: {
    name: ['区内投资', 'local investment'],
    description: ['投向区内对象的已建立投资关系所投项目数，计法同“投资项目”。', 'District projects financed: established INVESTS_IN relations to in-district targets, counted as for financed.'],
  },
  districtReach: {
    name: ['区内可达', 'district reach'],
    description: ['两跳已建立关系内能否到达区内企业：一跳为 1，两跳为 0.5，否则为 0。', 'Whether a district enterprise is within 2 established hops: 1 at 1 hop, 0.5 at 2 hops, else 0.'],
  },
};

export const indicatorName = (name: string): string => {
  const known = INDICATORS[name];
  return known ? pick(known.name) : metricName(name);
};

/** The description in the current language; the API's own (English) text for an indicator the page does not know. */
export const indicatorDescription = (name: string, fromApi: string): string => {
  const known = INDICATORS[name];
  return known ? pick(known.description) : fromApi;
};

export const knownIndicatorNames = (): string[] => Object.keys(INDICATORS);
