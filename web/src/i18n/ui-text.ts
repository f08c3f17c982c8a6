// Every string of the page's own interface, in both languages. `{name}` marks a value filled in
// by `t(key, { name: value })`.
import { fillTemplate, pick, type Bilingual } from './language.js';

const UI = {
  title: ['海淀创新图谱', 'Haidian innovation graph'],
  // search and actor pickers
  searchLabel: ['查找主体', 'Find an actor'],
  searchPlaceholder: ['例如 北航、中科院、水木', 'e.g. Beihang, CAS, Shuimu'],
  noMatch: ['没有找到', 'Nothing found'],
  alias: ['别名', 'alias'],
  // toolbar
  language: ['English', '中文'],
  exportMenu: ['导出', 'Export'],
  exportPng: ['图片 PNG', 'Image (PNG)'],
  exportJson: ['数据 JSON', 'Data (JSON)'],
  exportGraphml: ['GraphML', 'GraphML'],
  exportGexf: ['GEXF', 'GEXF'],
  fitView: ['适应画面', 'Fit to view'],
  clear: ['清空画布', 'Clear graph'],
  // legend, filters, measures
  legend: ['图例与筛选', 'Legend and filters'],
  kinds: ['主体类型', 'Actor kinds'],
  relationTypes: ['关系类型', 'Relation types'],
  statuses: ['关系状态', 'Relation status'],
  lineStyles: ['线型', 'Line styles'],
  lineStated: ['实线：已建立，报告明言', 'solid: established, stated by the report'],
  lineTentative: ['虚线：筹建、意向或洽谈中', 'dashed: planned, intended or negotiating'],
  lineInferred: ['点线：推断（非报告原话，依据见详情）', 'dotted: inferred, not the report\'s words (reasoning in the details)'],
  lineTentativeInferred: ['稀疏点线：筹建中且为推断', 'sparse dots: planned and inferred'],
  bases: ['依据', 'Basis'],
  measure: ['大小与颜色', 'Size and colour'],
  measureLabel: ['按指标显示', 'Show by measure'],
  measureKind: ['主体类型（大小按关系数）', 'Actor kind (size by relations)'],
  measureDegree: ['关系数（当前视图）', 'Relations (in this view)'],
  measureBrokerage: ['中介度（当前视图的中介中心性）', 'Brokerage (betweenness in this view)'],
  measureIndex: ['{index}贡献', 'Contribution to the {index}'],
  measureLow: ['低', 'low'],
  measureHigh: ['高', 'high'],
  measureNone: ['无数值', 'no value'],
  measureTopNote: ['只计前 {n} 名贡献者', 'only the top {n} contributors count'],
  // page regions
  leftPanel: ['图例、筛选与指标', 'Legend, filters and measures'],
  rightPanel: ['详情与分析', 'Details and analyses'],
  modeTabs: ['视图', 'Views'],
  // canvas
  canvasLabel: ['图谱画布', 'Graph canvas'],
  canvasHelp: [
    '方向键在主体间移动，回车展开所选主体，加号和减号缩放，0 适应画面，Esc 取消选择。',
    'Arrow keys move between actors, Enter expands the chosen one, plus and minus zoom, 0 fits the view, Escape clears the choice.',
  ],
  nodesEdges: ['{n} 个主体，{e} 条关系', '{n} actors, {e} relations'],
  truncated: ['（邻居过多，只显示最近的 {n} 个）', ' (too many neighbours: the nearest {n} shown)'],
  loading: ['加载中…', 'Loading…'],
  keyboardFocus: ['当前：{name}（{kind}），{n} 条关系', 'Now at {name} ({kind}), {n} relations'],
  group: ['{kind} ×{n}', '{kind} ×{n}'],
  groupOf: ['{anchor} 的 {n} 个{kind}（已折叠）', '{n} {kind} of {anchor} (collapsed)'],
  // hover cards
  relationsInView: ['视图中的关系', 'Relations in view'],
  inferredBecause: ['推断依据（编者）：', 'Inferred because: '],
  inferredBecauseInEnglish: ['推断依据（编者，英文）：', 'Inferred because: '],
  clickForMore: ['点击查看详情', 'Click for details'],
  // tabs
  start: ['开始', 'Start'],
  details: ['详情', 'Details'],
  connect: ['路径', 'Paths'],
  gaps: ['缺口', 'Gaps'],
  indices: ['指数', 'Indices'],
  // start (landing)
  startTitle: ['报告中的海淀创新体系', 'Haidian\'s innovation system as the report describes it'],
  startIntro: [
    '画布上是 2014 年报告所述的主体与关系。点击下面的问题，或搜索一个主体。',
    'The canvas shows the actors and relations of the 2014 report. Click a question below, or search for an actor.',
  ],
  examples: ['示例问题', 'Example questions'],
  landingTitle: ['海淀区创新体系（报告图谱）', 'Haidian innovation system (the report\'s graph)'],
  // details
  emptyDetails: ['搜索一个主体，或点击图中的节点。', 'Search for an actor, or click a node in the graph.'],
  names: ['名称', 'Names'],
  aliases: ['别名', 'Aliases'],
  district: ['所在区', 'District'],
  inDistrict: ['海淀区内', 'in Haidian'],
  outDistrict: ['海淀区外', 'outside Haidian'],
  note: ['编者注：', 'Editor\'s note: '],
  noteInEnglish: ['编者注（英文）：', 'Editor\'s note: '],
  metrics: ['指标', 'Figures'],
  relations: ['关系', 'Relations'],
  citations: ['出处', 'Sources'],
  moreRelations: ['再显示 {n} 条（共 {total} 条）', 'Show {n} more (of {total})'],
  paragraph: ['第 {n} 段', '§{n}'],
  asOf: ['截至 {date}', 'as of {date}'],
  expand: ['展开全部邻居', 'Expand all neighbours'],
  expanded: ['已展开', 'Expanded'],
  expandBy: ['按关系类型展开', 'Expand by relation type'],
  expandByButton: ['展开', 'Expand'],
  collapseGroups: ['折叠邻居分组', 'Collapse neighbour groups'],
  collapse: ['折叠', 'Collapse'],
  uncollapse: ['展开分组', 'Open the group'],
  hideActor: ['从画布移除', 'Remove from canvas'],
  pathFromHere: ['以此为起点找路径', 'Find paths from here'],
  pathToHere: ['以此为终点找路径', 'Find paths to here'],
  viewTitleActor: ['{name} 的关系网络', 'The network of {name}'],
  // path finder
  connectTitle: ['路径查找', 'Path finder'],
  connectFrom: ['起点主体', 'From actor'],
  connectTargetKind: ['终点', 'Target'],
  targetActor: ['指定主体', 'A chosen actor'],
  targetKinds: ['某类主体', 'Actors of a kind'],
  connectToActor: ['终点主体', 'To actor'],
  connectVia: ['经由（类型，可不选）', 'Via (kinds, optional)'],
  connectTo: ['终点类型', 'Target kind'],
  connectDistrict: ['终点所在区', 'Target district'],
  any: ['不限', 'any'],
  connectDirection: ['方向', 'Direction'],
  connectTypes: ['关系类型（可不选：全部渠道）', 'Relation types (optional: every channel)'],
  statedOnly: ['只用报告明言的关系（不含推断）', 'Only relations the report states (no inferred ones)'],
  maxHops: ['最多跳数', 'Max hops'],
  includePlanned: ['包含筹建/意向关系', 'Include planned or intended links'],
  findPaths: ['查找路径', 'Find paths'],
  pathsFound: ['找到 {n} 条路径', '{n} paths found'],
  noPaths: ['没有找到路径。', 'No path found.'],
  readAs: ['“{text}”按 {name} 理解', '“{text}” was read as {name}'],
  readAsAlias: ['（别名 {alias}）', ' (alias {alias})'],
  showAll: ['全部高亮', 'Highlight all'],
  showPath: ['在图中显示：{path}', 'Show on the graph: {path}'],
  hintPlanned: [
    '{name} 的 {count} 个{kind}（{names}）只处于{status}阶段：尚未建立，也还没有通向终点的关系，所以没有路径。',
    '{name}\'s {count} {kind} ({names}) are only {status}: not established yet, and nothing leads from them to the target, so there is no path.',
  ],
  hintNoOnward: [
    '{name} 已与 {names} 建立关系，但从它们出发在 {hops} 跳内到不了终点。',
    '{name} is tied to {names}, but nothing leads from them to the target within {hops} hops.',
  ],
  hintNoVia: ['{name} 与任何{kind}都没有直接关系。', '{name} has no direct relation to any of the {kind}.'],
  hintExcludedPlanned: ['已排除筹建/意向关系：勾选“包含筹建/意向关系”再试。', 'Planned and intended links were left out: tick “Include planned or intended links” and try again.'],
  hintMoreHops: ['可以增加“最多跳数”再试。', 'Try a larger “Max hops”.'],
  viewTitlePaths: ['{from} → {to}：{n} 条路径', '{from} → {to}: {n} paths'],
  // gaps
  gapType: ['缺口类型', 'Gap type'],
  showGaps: ['显示缺口', 'Show gaps'],
  severity: ['严重程度', 'Severity'],
  severityValue: ['严重程度 {value}（1 为最严重）', 'severity {value} (1 is the worst)'],
  actors: ['涉及主体', 'Actors involved'],
  reportSays: ['报告原文：{title}', 'What the report says: {title}'],
  noGaps: ['图中没有发现此类缺口。', 'The graph shows no gap of this type.'],
  // indices
  eligible: ['参与排名的主体：{n}', 'Actors ranked: {n}'],
  coverage: ['{total} 项指标中 {withData} 项有数据', '{withData} of {total} indicators have data'],
  formShare: ['（占全市比重，%）', '(share of Beijing, %)'],
  formBase100: ['（2014年4月 = 100）', '(April 2014 = 100)'],
  noData: ['无数据', 'no data'],
  unranked: ['汇总主体或占位主体：计入贡献，不参与排名', 'a group or placeholder: it contributes but is not ranked'],
  indicators: ['指标与权重', 'Indicators and weights'],
  topContributors: ['主要贡献者', 'Top contributors'],
  showOnGraph: ['在图中显示', 'Show on graph'],
  sizeByIndex: ['按此指数着色', 'Colour by this index'],
  rank: ['排名', 'Rank'],
  score: ['得分', 'Score'],
  contribution: ['贡献', 'Contribution'],
  actor: ['主体', 'Actor'],
  // errors
  errorPrefix: ['出错了：', 'Error: '],
  didYouMean: ['您是指：', 'Did you mean: '],
  // exports
  sourceLine: [
    '来源：海淀区 2014 年区域创新资源融合发展报告 · 海淀创新图谱 · 导出于 {date}',
    'Source: Haidian district 2014 report on integrating regional innovation resources · Haidian innovation graph · exported {date}',
  ],
} satisfies Record<string, Bilingual>;

export type UiKey = keyof typeof UI;

/** The interface text for `key` in the current language, with `{name}` placeholders filled. */
export function t(key: UiKey, values: Record<string, string | number> = {}): string {
  return pick(UI[key]).replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Like `t`, but placeholders may be elements (a proper name marked with its own language). */
export function tParts(key: UiKey, values: Record<string, string | number | Node>): (string | Node)[] {
  return fillTemplate(pick(UI[key]), values);
}
