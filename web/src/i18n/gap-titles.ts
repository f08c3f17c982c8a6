// A gap's one-sentence finding in the page's language. The API writes it in English only, with
// Chinese actor names inside; the sentence is composed here, in either language, from the same
// structured evidence (figures, actors), with each actor's name in the page's language and
// marked as a name. When the API returns titles in both languages this reduces to picking one.
import type { CoordinationGap } from '../api/analytics.js';
import { properName } from '../dom.js';
import { actorLabel } from './actor-label.js';
import { fillTemplate, joinList, pick, type Bilingual } from './language.js';
import { kindPlural } from './vocabulary-names.js';

const SENTENCES = {
  caseByCase: ['{kind}：{ties} 个合作关系中有 {oneOff} 个（{share}）只靠一次性的共建载体，没有共同的联盟或平台', '{kind}: {oneOff} of {ties} cooperation ties ({share}) rest only on one-off joint vehicles, with no shared alliance or platform'],
  noRoute: ['{actor} 没有通向任何区内企业的已建立路径', '{actor} has no established route to any district enterprise'],
  adHoc: ['{actor} 只以个案方式连到区内企业（{hops} 跳，不经过平台）', '{actor} reaches district enterprises only ad hoc ({hops} hops, not through a platform)'],
  noShareTerms: ['{actor}：{founders} 个共建方中有 {without} 个没有记录的利益分享约定', '{actor}: {without} of {founders} founders have no recorded share terms'],
  littleLocal: ['{actor} 在区内投资偏少：项目占 {projects}，金额占 {amount}', '{actor} invests little in the district: {projects} of projects, {amount} of the amount'],
  policies: ['{actor} 受 {n} 项政策工具支持（{instruments}），但没有一个机构统筹它们', '{actor} is supported by {n} instruments ({instruments}) that no one body runs together'],
  broker: ['{actor} 连接 {communities} 个社群（中介中心性 {betweenness}）；单点依赖：移除它将使 {cut} 个主体断开', '{actor} bridges {communities} communities (betweenness {betweenness}); a single point of failure: removing it cuts {cut} actors off'],
} satisfies Record<string, Bilingual>;

const percent = (share: number | undefined): string => `${((share ?? 0) * 100).toFixed(1)}%`;

const fill = (sentence: Bilingual, values: Record<string, string | number | Node>) => fillTemplate(pick(sentence), values);

/** The finding as text and elements (names marked), in the current language. */
export function gapTitle(gap: CoordinationGap): (string | Node)[] {
  const figure = (name: string): number | undefined => gap.evidence.metrics.find((m) => m.name === name)?.value;
  const subjectActor = gap.evidence.metrics.find((m) => m.actor)?.actor ?? gap.actors[0];
  const actor = subjectActor ? properName(actorLabel(subjectActor)) : '';
  switch (gap.type) {
    case 'CASE_BY_CASE_COOPERATION':
      return fill(SENTENCES.caseByCase, {
        kind: gap.actors[0] ? kindPlural(gap.actors[0].kind) : '',
        ties: figure('cooperationTies') ?? '?',
        oneOff: figure('caseByCaseTies') ?? '?',
        share: percent(figure('caseByCaseShare')),
      });
    case 'NO_DOCKING_MECHANISM': {
      const hops = figure('hopsToDistrictEnterprise');
      return hops === undefined ? fill(SENTENCES.noRoute, { actor }) : fill(SENTENCES.adHoc, { actor, hops });
    }
    case 'NO_BENEFIT_COORDINATION': {
      const founders = figure('founders');
      if (founders !== undefined) return fill(SENTENCES.noShareTerms, { actor, founders, without: founders - (figure('foundersWithShareTerms') ?? 0) });
      return fill(SENTENCES.littleLocal, { actor, projects: percent(figure('localProjectShare')), amount: percent(figure('localAmountShare')) });
    }
    case 'POLICIES_NOT_COMBINED': {
      const instruments = gap.actors.filter((a) => a.id !== subjectActor?.id).map((a) => actorLabel(a));
      return fill(SENTENCES.policies, { actor, n: figure('instruments') ?? instruments.length, instruments: properName(joinList(instruments)) });
    }
    case 'BROKERAGE':
      return fill(SENTENCES.broker, {
        actor,
        communities: figure('communitiesBridged') ?? '?',
        betweenness: (figure('betweenness') ?? 0).toFixed(3),
        cut: figure('actorsCutOffIfRemoved') ?? '?',
      });
    default:
      return [gap.title];
  }
}
