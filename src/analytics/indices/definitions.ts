// The three indices the report plans (§40), each built from the report's own measures for its
// domain. Two forms, each with a meaning a planner can say in one sentence (docs/indices.md):
// - SHARE_OF_BEIJING: where the report gives 占全市 figures (innovation, §17, §31, §32), the
//   value is Haidian's weighted average share of Beijing, in percent;
// - BASE_100: where it gives levels only (start-up services, technology transfer), the value
//   is the weighted mean of each measure against the report's own figure of April 2014 = 100,
//   as the Zhongguancun index sets its base year to 100.
import type { Citation } from '../../graph/model.js';
import type { HeldFigure } from '../figures.js';
import type { Projection } from '../projection/projection.js';

export type IndexForm = 'SHARE_OF_BEIJING' | 'BASE_100';

export interface Indicator {
  name: string;
  description: string;
  /** The report's paragraphs the measure comes from. */
  paragraphs: readonly number[];
  weight: number;
  /** BASE_100: the report's figure, which counts as 100. SHARE_OF_BEIJING: none (the figure is a share). */
  reference?: { value: number; citation: Citation };
  /** The metric names it selects among (what the store reads). */
  metricNames: readonly string[];
  /** Whether a metric of the graph is a figure of this measure. */
  selects(figure: HeldFigure, projection: Projection): boolean;
}

type Selection = Pick<Indicator, 'metricNames' | 'selects'>;

export interface IndexDefinition {
  id: string;
  name: string;
  nameEn: string;
  form: IndexForm;
  indicators: readonly Indicator[];
  citation: Citation;
  /** The value in one sentence. */
  meaning(value: number, covered: number): { zh: string; en: string };
}

const cite = (paragraph: number, quote: string): Citation => ({ document: 'haidian-2014', paragraph, quote });
const plan = (quote: string) => cite(40, quote);

/** Figures of these metric names cited to this paragraph (optionally on these holders only). */
const named = (names: readonly string[], paragraph: number, holders?: readonly string[]): Selection => ({
  metricNames: names,
  selects: (f) => names.includes(f.metric.name) && f.metric.citations[0]?.paragraph === paragraph && (!holders || holders.includes(f.holder)),
});

/** Projects a fund placed in the district: projectCount on INVESTS_IN to an in-district target. */
const districtProjects: Selection = {
  metricNames: ['projectCount'],
  selects: (f, projection) => {
    const r = f.relation;
    return f.metric.name === 'projectCount' && r?.type === 'INVESTS_IN' && r.status === 'ESTABLISHED' && projection.inDistrict(projection.indexOf(r.to));
  },
};

const share = (name: string, description: string, metric: string, paragraph: number): Indicator => ({
  name,
  description,
  paragraphs: [paragraph],
  weight: 1,
  ...named([metric], paragraph),
});

export const INNOVATION: IndexDefinition = {
  id: 'index-innovation',
  name: '创新指数',
  nameEn: 'Innovation index',
  form: 'SHARE_OF_BEIJING',
  citation: plan('创新指数'),
  meaning: (value, covered) => ({
    zh: `在报告给出占全市比重的${covered}项创新指标上，海淀平均占北京市的${value.toFixed(1)}%。`,
    en: `Over the ${covered} innovation measures for which the report gives Haidian's share of Beijing, Haidian holds on average ${value.toFixed(1)}% of Beijing.`,
  }),
  indicators: [
    share('highTechFirms', "National high-tech enterprises: Haidian's share of Beijing's (§31, 55%).", 'shareOfBeijing', 31),
    share('technologyContracts', "Technology contract turnover: share of Beijing's (§31, 46%).", 'technologyContractShareOfBeijing', 31),
    share('patentApplications', "Patent applications: share of Beijing's (§32, 33%).", 'patentApplicationsShareOfBeijing', 32),
    share('patentsGranted', "Patents granted: share of Beijing's (§32, 34%).", 'patentsGrantedShareOfBeijing', 32),
    share('inventionPatents', "Invention patents granted: share of Beijing's (§32, 54%).", 'inventionPatentsGrantedShareOfBeijing', 32),
    share('standardsSubsidised', "Standard projects subsidised by Beijing: share of the city's (§32, 41%).", 'shareOfBeijingProjects', 32),
    share('internationalStandards', "International standards among them: share of the city's (§32, 77%).", 'shareOfBeijingInternationalStandards', 32),
    share('academicianWorkstations', "Academician and expert workstations: share of Beijing's (§17, 36.7%).", 'shareOfBeijing', 17),
  ],
};

const level = (
  name: string,
  description: string,
  paragraphs: readonly number[],
  reference: { value: number; citation: Citation },
  selection: Selection,
): Indicator => ({ name, description, paragraphs, weight: 1, reference, ...selection });

export const STARTUP_SERVICE: IndexDefinition = {
  id: 'index-startup-service',
  name: '创业服务指数',
  nameEn: 'Start-up service index',
  form: 'BASE_100',
  citation: plan('创业服务指数'),
  meaning: (value, covered) => ({
    zh: `以报告（2014年4月）的水平为100，海淀创业服务的${covered}项指标加权平均为${value.toFixed(1)}。`,
    en: `With the report's level of April 2014 as 100, Haidian's start-up services stand at ${value.toFixed(1)} over ${covered} measures.`,
  }),
  indicators: [
    level('certifiedIncubators', 'Emerging-industry incubators certified (认定) by the district (§23).', [23], { value: 14, citation: cite(23, '认定云基地、36氪等首批14家新兴产业孵化器') }, named(['certifiedIncubators'], 23)),
    level('coworkingSpaces', 'Co-working spaces designated (挂牌) under the district measures (§23).', [23], { value: 11, citation: cite(23, '创新工场、厚德创新谷等11个集中办公区正式挂牌') }, named(['designatedCoworkingSpaces'], 23)),
    level('streetServiceOrganizations', 'Start-up service organisations gathered in the incubation street (§23).', [23], { value: 8, citation: cite(23, '已集聚3W咖啡、天使汇、联想之星等8家创业服务机构') }, named(['count'], 23, ['street-startup-service-organizations'])),
    level('incubationSpace', 'Space vacated for start-up services, m² (§23).', [23], { value: 8939.78, citation: cite(23, '腾退空间8939.78平米') }, named(['vacatedSpace', 'floorSpace'], 23)),
    level('talentBaseEnterprises', 'High-end enterprises and projects gathered in the talent entrepreneurship base (§16).', [16], { value: 86, citation: cite(16, '基地聚集86家高端企业、高端项目') }, named(['count', 'enterpriseCount'], 16)),
    level('startupCapital', 'Private investment drawn in by the guidance fund for start-ups, CNY (§12, 60多亿).', [12], { value: 6e9, citation: cite(12, '带动社会投资60多亿元') }, named(['leveragedSocialInvestment', 'contribution'], 12, ['haidian-vc-guidance-parent-fund', 'social-capital-contributes-sub-funds'])),
  ],
};

export const TECHNOLOGY_TRANSFER: IndexDefinition = {
  id: 'index-technology-transfer',
  name: '技术转移指数',
  nameEn: 'Technology transfer index',
  form: 'BASE_100',
  citation: plan('技术转移指数'),
  meaning: (value, covered) => ({
    zh: `以报告（2014年4月）的水平为100，海淀技术转移的${covered}项指标加权平均为${value.toFixed(1)}。`,
    en: `With the report's level of April 2014 as 100, Haidian's technology transfer stands at ${value.toFixed(1)} over ${covered} measures.`,
  }),
  indicators: [
    level('internationalTransferCases', 'International technology-transfer cases brokered, counting 国家技术转移集聚区 (a park) (§25).', [25], { value: 33, citation: cite(25, '促成33个国际技术转移案例') }, named(['internationalTransferCases', 'transferCases'], 25)),
    level('technologyTrade', 'Technology trade of those cases, CNY (§25).', [25], { value: 279e6, citation: cite(25, '技术交易额达2.79亿元') }, named(['technologyTransactionValue', 'transactionValue'], 25)),
    level('technologyContracts', 'Technology contract turnover of the district, CNY (§31).', [31], { value: 1191e8, citation: cite(31, '海淀区技术合同成交额实现1191亿元') }, named(['technologyContractValue'], 31)),
    level('resultsForTransfer', 'Major original technologies and application results sorted for transfer (§12, 14 + 27).', [12], { value: 41, citation: cite(12, '目前已梳理第一批14个重大原创技术和27个重大应用成果项目') }, named(['majorOriginalTechnologies', 'majorApplicationProjects'], 12)),
    level('districtProjectsFinanced', 'District projects financed by the transfer and civil–military funds (§12, §20: 6 + 1 + 2).', [12, 20], { value: 9, citation: cite(20, '其中海淀区项目2个') }, districtProjects),
  ],
};

export const INDEX_DEFINITIONS: readonly IndexDefinition[] = [INNOVATION, STARTUP_SERVICE, TECHNOLOGY_TRANSFER];

/** Every metric name an index selects among: what the store reads for the indices. */
export const INDEX_METRIC_NAMES: readonly string[] = [...new Set(INDEX_DEFINITIONS.flatMap((d) => d.indicators.flatMap((i) => i.metricNames)))];
