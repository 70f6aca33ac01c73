// Interface strings in Chinese and English. Names of nodes switch too (name / nameEn), in the model.
import type { Lang } from "../graph/types.ts";

const STRINGS = {
  brand: ["韧性图谱", "Resilience Graph"],
  tagline: ["北京产业链韧性 · 知识图谱", "Beijing industrial-chain resilience"],
  search: ["搜索节点（中文或英文）…", "Search nodes (Chinese or English)…"],
  noHits: ["没有匹配的节点", "No matching nodes"],
  undo: ["撤销", "Undo"],
  redo: ["重做", "Redo"],
  showAll: ["显示全部", "Show all"],
  layout: ["布局", "Layout"],
  runLayout: ["力导布局", "ForceAtlas2"],
  stopLayout: ["停止", "Stop"],
  layered: ["分层 措施→问题", "Layered"],
  sizeBy: ["大小", "Size"],
  degree: ["度", "Degree"],
  pagerank: ["PageRank", "PageRank"],
  betweenness: ["中介中心度", "Betweenness"],
  export: ["导出", "Export"],
  share: ["分享", "Share"],
  copied: ["链接已复制", "Link copied"],
  legend: ["图例与筛选", "Legend & filters"],
  nodeTypes: ["节点类型", "Node types"],
  relTypes: ["关系类型", "Relation types"],
  minDegree: ["最小度", "Minimum degree"],
  paths: ["路径", "Paths"],
  matrix: ["措施–问题矩阵", "Measure–problem matrix"],
  documents: ["文件", "Documents"],
  console: ["Cypher 控制台", "Cypher console"],
  from: ["起点", "From"],
  to: ["终点", "To"],
  find: ["查找路径", "Find paths"],
  shortest: ["最短", "Shortest"],
  allShortest: ["全部最短", "All shortest"],
  kPaths: ["前 k 条", "k shortest"],
  noPath: ["两点之间没有路径", "No path between these nodes"],
  clearPath: ["清除", "Clear"],
  expand: ["展开邻居", "Expand neighbours"],
  more: ["显示更多", "Show more"],
  collapse: ["收起", "Collapse"],
  isolate: ["仅显示此节点", "Start from this node"],
  hide: ["隐藏", "Hide"],
  pathFrom: ["设为起点", "Path from here"],
  pathTo: ["设为终点", "Path to here"],
  summary: ["摘要", "Summary"],
  properties: ["属性", "Properties"],
  neighbours: ["邻居", "Neighbours"],
  evidence: ["证据", "Evidence"],
  reader: ["原文", "Source text"],
  noEvidence: ["无证据", "No evidence"],
  unresolved: ["原文缺失，仅有定位", "Source absent; locator only"],
  inferred: ["推断", "inferred"],
  stated: ["原文明示", "stated"],
  run: ["运行", "Run"],
  cancel: ["取消", "Cancel"],
  examples: ["示例", "Examples"],
  history: ["历史", "History"],
  params: ["参数 (JSON)", "Parameters (JSON)"],
  asGraph: ["图", "Graph"],
  asTable: ["表", "Table"],
  asJson: ["JSON", "JSON"],
  addToView: ["加入视图", "Add to view"],
  replaceView: ["替换视图", "Replace view"],
  rows: ["行", "rows"],
  truncated: ["已截断", "truncated"],
  exportCsv: ["导出 CSV", "Export CSV"],
  unreachable: ["无法连接到服务器", "The server cannot be reached"],
  unreachableHint: [
    "请确认服务已启动（npm start），然后重试。",
    "Check that the server is running (npm start), then retry.",
  ],
  retry: ["重试", "Retry"],
  loading: ["正在加载图谱…", "Loading the graph…"],
  nodes: ["节点", "nodes"],
  edges: ["关系", "edges"],
  of: ["/", "of"],
  cappedHint: [
    "仅显示连接最多的节点；用搜索或按类型查看其余节点",
    "Only the best connected nodes are shown; search, or pick a type, to reach the rest",
  ],
  showType: ["只看此类型", "Show this type"],
  chainsCapped: [
    "只读取了前 {n} 条措施→问题链：计数为下限",
    "Only the first {n} measure → problem chains were read: the counts are lower bounds",
  ],
  close: ["关闭", "Close"],
  tie: ["关联", "Tie"],
  chains: ["条链", "chains"],
  direct: ["直接", "direct"],
  measures: ["措施", "Measures"],
  problems: ["问题", "Problems"],
  clickCell: ["点击单元格查看关联与证据", "Click a cell to see the tie and its evidence"],
  selectHint: ["点击节点查看详情；双击展开邻居", "Click a node to inspect it; double-click to expand"],
  omitted: ["未显示", "not shown"],
  iterations: ["次迭代", "iterations"],
  layoutHint: [
    "在后台线程运行 ForceAtlas2，进度按实际迭代次数计",
    "Runs ForceAtlas2 in a worker; progress counts real iterations",
  ],
  noticeUnreachable: ["无法连接到服务器，操作未完成：", "The server cannot be reached; not done:"],
  noticeFailed: ["操作失败：", "Failed:"],
  dismiss: ["关闭提示", "Dismiss"],
  savedQueries: ["已保存", "Saved"],
  saveQuery: ["保存查询", "Save query"],
  saveQueryName: ["为查询命名：", "Name this query:"],
  deleteSaved: ["删除已保存的查询", "Delete the saved query"],
} as const satisfies Record<string, readonly [string, string]>;

export type StringKey = keyof typeof STRINGS;

let current: Lang = "zh";

export function setUiLang(lang: Lang): void {
  current = lang;
  document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
}

export function t(key: StringKey): string {
  return STRINGS[key][current === "zh" ? 0 : 1];
}

export function uiLang(): Lang {
  return current;
}
