// The index indicators (src/analytics/indices/definitions.ts, docs/indices.md) in both
// languages: the API names them by identifier and describes them in English only.
import { pick, type Bilingual } from './language.js';
import { metricName } from './metric-names.js';

const INDICATORS: Record<string, { name: Bilingual; description: Bilingual }> = {
  // 创新指数: Haidian's share of Beijing (§17, §31, §32)
  highTechFirms: {
    name: ['国家高新技术企业', 'high-tech enterprises'],
    description: ['国家高新技术企业数占全市的比重（§31，55%）。', "National high-tech enterprises: Haidian's share of Beijing's (§31, 55%)."],
  },
  technologyContracts: {
    name: ['技术合同成交额', 'technology contracts'],
    description: ['技术合同成交额：占全市比重（§31，46%）；在技术转移指数中为全区成交额（§31，1191亿元）。', "Technology contract turnover: share of Beijing's (§31, 46%); in the technology transfer index, the district's turnover (§31, 119.1 billion CNY)."],
  },
  patentApplications: {
    name: ['专利申请量', 'patent applications'],
    description: ['专利申请量占全市的比重（§32，33%）。', "Patent applications: share of Beijing's (§32, 33%)."],
  },
  patentsGranted: {
    name: ['专利授权量', 'patents granted'],
    description: ['专利授权量占全市的比重（§32，34%）。', "Patents granted: share of Beijing's (§32, 34%)."],
  },
  inventionPatents: {
    name: ['发明专利授权量', 'invention patents'],
    description: ['发明专利授权量占全市的比重（§32，54%）。', "Invention patents granted: share of Beijing's (§32, 54%)."],
  },
  standardsSubsidised: {
    name: ['获补助标准项目', 'standards subsidised'],
    description: ['获北京市标准制修订补助的项目占全市的比重（§32，41%）。', "Standard projects subsidised by Beijing: share of the city's (§32, 41%)."],
  },
  internationalStandards: {
    name: ['国际标准', 'international standards'],
    description: ['其中国际标准占全市的比重（§32，77%）。', "International standards among them: share of the city's (§32, 77%)."],
  },
  academicianWorkstations: {
    name: ['院士专家工作站', 'academician workstations'],
    description: ['院士专家工作站数占全市的比重（§17，36.7%）。', "Academician and expert workstations: share of Beijing's (§17, 36.7%)."],
  },
  // 创业服务指数: against the report's level, April 2014 = 100 (§12, §16, §23)
  certifiedIncubators: {
    name: ['认定孵化器', 'certified incubators'],
    description: ['区里认定的新兴产业孵化器数（§23，首批 14 家）。', 'Emerging-industry incubators certified (认定) by the district (§23, first 14).'],
  },
  coworkingSpaces: {
    name: ['集中办公区', 'co-working spaces'],
    description: ['按管理办法挂牌的集中办公区数（§23，11 个）。', 'Co-working spaces designated (挂牌) under the district measures (§23, 11).'],
  },
  streetServiceOrganizations: {
    name: ['街区创业服务机构', 'street service organisations'],
    description: ['创新创业孵化一条街集聚的创业服务机构数（§23，8 家）。', 'Start-up service organisations gathered in the incubation street (§23, 8).'],
  },
  incubationSpace: {
    name: ['创业服务空间', 'incubation space'],
    description: ['为创业服务腾退的空间，平方米（§23，8939.78 平米）。', 'Space vacated for start-up services, m² (§23, 8,939.78 m²).'],
  },
  talentBaseEnterprises: {
    name: ['人才创业基地企业', 'talent base enterprises'],
    description: ['高端人才创业基地聚集的高端企业和项目数（§16，86 家）。', 'High-end enterprises and projects gathered in the talent entrepreneurship base (§16, 86).'],
  },
  startupCapital: {
    name: ['带动社会投资', 'start-up capital'],
    description: ['创业投资引导基金带动的社会投资，元（§12，60多亿）。', 'Private investment drawn in by the guidance fund for start-ups, CNY (§12, over 6 billion).'],
  },
  // 技术转移指数: against the report's level, April 2014 = 100 (§12, §20, §25, §31)
  internationalTransferCases: {
    name: ['国际技术转移案例', 'international transfer cases'],
    description: ['促成的国际技术转移案例数，计入国家技术转移集聚区（园区）（§25，33 个）。', 'International technology-transfer cases brokered, counting 国家技术转移集聚区 (a park) (§25, 33).'],
  },
  technologyTrade: {
    name: ['技术交易额', 'technology trade'],
    description: ['这些案例的技术交易额，元（§25，2.79亿元）。', 'Technology trade of those cases, CNY (§25, 279 million).'],
  },
  resultsForTransfer: {
    name: ['待转化的重大成果', 'results sorted for transfer'],
    description: ['梳理出的重大原创技术和重大应用成果项目数（§12，14 + 27）。', 'Major original technologies and application results sorted for transfer (§12, 14 + 27).'],
  },
  districtProjectsFinanced: {
    name: ['投资的区内项目', 'district projects financed'],
    description: ['成果转化基金与军民融合基金投资的海淀区项目数（§12、§20：6 + 1 + 2）。', 'District projects financed by the transfer and civil–military funds (§12, §20: 6 + 1 + 2).'],
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
