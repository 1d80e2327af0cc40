/**
 * The one catalogue of every printed label of the annual-report format, in Chinese and
 * English, for both format versions (国办公开办函〔2019〕60号 and 〔2021〕30号).
 * Schemas, checks, the document builder and the importer all take their keys and text
 * from here; nothing else spells a label.
 */
export type Label = { readonly zh: string; readonly en: string };

const label = (zh: string, en: string): Label => ({ zh, en });

export const reportTitle = {
  zh: (agency: string, year: number) => `${agency}${year}年政府信息公开工作年度报告`,
  en: (agency: string, year: number) =>
    `${agency} Annual Report on Government Information Disclosure ${year}`,
} as const;

export const sections = {
  overview: label('一、总体情况', 'I. Overview'),
  proactive: label('二、主动公开政府信息情况', 'II. Proactive Disclosure'),
  requests: label('三、收到和处理政府信息公开申请情况', 'III. Disclosure Requests Received and Handled'),
  review: label('四、政府信息公开行政复议、行政诉讼情况', 'IV. Administrative Reconsideration and Litigation'),
  problems: label('五、存在的主要问题及改进情况', 'V. Main Problems and Improvements'),
  other: label('六、其他需要报告的事项', 'VI. Other Matters'),
} as const;

/** The five customary sub-parts of 一、总体情况, in order. */
export const overviewParts = {
  proactive: label('（一）主动公开', '(1) Proactive disclosure'),
  onRequest: label('（二）依申请公开', '(2) Disclosure upon request'),
  management: label('（三）政府信息管理', '(3) Information management'),
  platforms: label('（四）政府信息公开平台建设', '(4) Disclosure platforms'),
  oversight: label('（五）监督保障', '(5) Oversight and safeguards'),
} as const;

export const categoryColumn = label('信息内容', 'Category');

/** Section 二 columns, both versions. */
export const proactiveColumns = {
  newlyProduced: label('本年新制作数量', 'Newly produced'),
  newlyDisclosed: label('本年新公开数量', 'Newly disclosed'),
  totalDisclosed: label('对外公开总数量', 'Total disclosed'),
  issued: label('本年制发件数', 'Issued this year'),
  repealed: label('本年废止件数', 'Repealed this year'),
  inForce: label('现行有效件数', 'In force'),
  lastYearItems: label('上一年项目数量', 'Items last year'),
  change: label('本年增/减', 'Change this year'),
  decisions2019: label('处理决定数量', 'Decisions'),
  decisions: label('本年处理决定数量', 'Decisions this year'),
  procurementProjects: label('采购项目数量', 'Procurement projects'),
  procurementAmount: label('采购总金额（万元）', 'Procurement total (10k yuan)'),
  feeAmount: label('本年收费金额（单位：万元）', 'Fees collected this year (10k yuan)'),
} as const;

/** Section 二 rows, both versions. */
export const proactiveRows = {
  rules: label('规章', 'Rules'),
  normativeDocuments2019: label('规范性文件', 'Normative documents'),
  normativeDocuments: label('行政规范性文件', 'Administrative normative documents'),
  licensing: label('行政许可', 'Administrative licensing'),
  otherServices: label('其他对外管理服务事项', 'Other public-facing services'),
  penalties: label('行政处罚', 'Administrative penalties'),
  enforcement: label('行政强制', 'Administrative enforcement'),
  fees: label('行政事业性收费', 'Administrative fees'),
  procurement: label('政府集中采购', 'Centralised procurement'),
} as const;

/** Section 二 table captions: the article and item of the 条例 each table reports on. */
export const proactiveTables = {
  item1: label('第二十条第（一）项', 'Article 20 (1)'),
  item5: label('第二十条第（五）项', 'Article 20 (5)'),
  item6: label('第二十条第（六）项', 'Article 20 (6)'),
  item8: label('第二十条第（八）项', 'Article 20 (8)'),
  item9: label('第二十条第（九）项', 'Article 20 (9)'),
} as const;

/** Section 三 columns: who asked. */
export const requesterHeading = label('申请人情况', 'Requesters');
export const legalPersonsHeading = label('法人或其他组织', 'Legal persons or other organisations');
export const requestColumns = {
  naturalPersons: label('自然人', 'Natural persons'),
  commercial: label('商业企业', 'Commercial enterprises'),
  research: label('科研机构', 'Research institutions'),
  publicInterest: label('社会公益组织', 'Public-interest organisations'),
  legalServices: label('法律服务机构', 'Legal service providers'),
  other: label('其他', 'Others'),
  total: label('总计', 'Total'),
} as const;
export type RequestColumn = keyof typeof requestColumns;
export const requestColumnKeys = Object.keys(requestColumns) as RequestColumn[];
/** The columns that add up to 总计. */
export const requesterColumnKeys = requestColumnKeys.filter((k) => k !== 'total');

export const requestCornerNote = label(
  '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
  '(In this column: item 1 plus item 2 equals item 3 plus item 4)',
);

/** Section 三 rows and row groups. */
export const requestRows = {
  newlyReceived: label('一、本年新收政府信息公开申请数量', '1. New requests received this year'),
  carriedOver: label('二、上年结转政府信息公开申请数量', '2. Carried over from last year'),
  outcomes: label('三、本年度办理结果', '3. Outcomes this year'),
  disclosed: label('（一）予以公开', '(1) Disclosed'),
  partlyDisclosed: label(
    '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
    '(2) Partly disclosed (counted here only)',
  ),
  notDisclosed: label('（三）不予公开', '(3) Not disclosed'),
  cannotProvide: label('（四）无法提供', '(4) Cannot be provided'),
  notProcessed: label('（五）不予处理', '(5) Not processed'),
  otherHandling: label('（六）其他处理', '(6) Other handling'),
  total: label('（七）总计', '(7) Total'),
  carriedToNextYear: label('四、结转下年度继续办理', '4. Carried over to next year'),
} as const;

export const notDisclosedRows = {
  stateSecret: label('1.属于国家秘密', 'State secret'),
  prohibitedByLaw: label('2.其他法律行政法规禁止公开', 'Prohibited by other laws or regulations'),
  endangersSecurity: label(
    '3.危及“三安全一稳定”',
    'Endangers national, public or economic security or social stability',
  ),
  thirdPartyRights: label('4.保护第三方合法权益', 'Protects third-party rights'),
  internalAffairs: label('5.属于三类内部事务信息', 'Internal-affairs information'),
  processInformation: label('6.属于四类过程性信息', 'Process information'),
  enforcementFiles: label('7.属于行政执法案卷', 'Law-enforcement case files'),
  administrativeInquiry: label('8.属于行政查询事项', 'Administrative inquiry matters'),
} as const;

export const cannotProvideRows = {
  notHeld: label('1.本机关不掌握相关政府信息', 'Not held by this agency'),
  wouldNeedCreation: label('2.没有现成信息需要另行制作', 'Would have to be newly created'),
  unclearAfterCorrection: label('3.补正后申请内容仍不明确', 'Still unclear after correction'),
} as const;

export const notProcessedRows = {
  petitions: label('1.信访举报投诉类申请', 'Petitions, reports or complaints'),
  repeated: label('2.重复申请', 'Repeated requests'),
  publishedMaterials: label('3.要求提供公开出版物', 'Requests for published materials'),
  massRepeated: label('4.无正当理由大量反复申请', 'Mass repeated requests without good reason'),
  confirmOrReissue: label(
    '5.要求行政机关确认或重新出具已获取信息',
    'Requests to confirm or reissue information already obtained',
  ),
} as const;

/** 2021 （六）其他处理 split into three rows (the one-row shape is also accepted). */
export const otherHandlingRows = {
  notSupplemented: label(
    '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    'Requester did not supplement in time',
  ),
  feesUnpaid: label(
    '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    'Requester did not pay fees in time',
  ),
  other: label('3.其他', 'Other'),
} as const;

/** Section 四: three groups of five columns. */
export const reviewGroups = {
  reconsideration: label('行政复议', 'Administrative reconsideration'),
  litigationDirect: label('未经复议直接起诉', 'Litigation filed directly'),
  litigationAfterReconsideration: label('复议后起诉', 'Litigation filed after reconsideration'),
} as const;
export const litigationHeading = label('行政诉讼', 'Administrative litigation');
export const reviewColumns = {
  upheld: label('结果维持', 'Upheld'),
  corrected: label('结果纠正', 'Corrected'),
  other: label('其他结果', 'Other outcome'),
  pending: label('尚未审结', 'Pending'),
  total: label('总计', 'Total'),
} as const;
export type ReviewGroup = keyof typeof reviewGroups;
export type ReviewColumn = keyof typeof reviewColumns;
export const reviewGroupKeys = Object.keys(reviewGroups) as ReviewGroup[];
export const reviewColumnKeys = Object.keys(reviewColumns) as ReviewColumn[];

/**
 * The words report prose quotes a figure by (「上年度结转申请34件」, 「行政复议351件」,
 * 「信息处理费3940元」), each with every wording seen in published reports: checks/prose.ts
 * compares the number that follows with the tables. Matched, never printed.
 */
export const quotedFigureTerms = {
  carriedOver: ['上年结转', '上年度结转'],
  reconsideration: [reviewGroups.reconsideration.zh],
  litigation: [litigationHeading.zh],
  processingFee: ['信息处理费'],
} as const;

export const feesStatement = {
  zh: (yuan: number) => `全年收取政府信息公开信息处理费${yuan}元。`,
  en: (yuan: number) => `Information processing fees collected this year: ${yuan} yuan.`,
} as const;

/** How a blank cell (the agency left it empty or wrote 「/」) is printed. */
export const blankCell = '/';

/** Caption beneath the QR code that leads to the report's landing page. */
export const qrCaption = label('扫码查看本报告', 'Scan to read this report');

/**
 * The input's own fields, as a message about the input names them (「机关名称（agency.name）缺失」).
 * The tables' rows and columns are named by the printed labels above; these are the rest.
 */
export const fieldLabels = {
  report: label('年度报告', 'the report'),
  formatVersion: label('格式版本', 'format version'),
  agency: label('机关', 'agency'),
  agencyName: label('机关名称', 'agency name'),
  agencyNameEn: label('机关英文名称', 'agency name in English'),
  headings: label('小标题措辞', 'heading wording'),
  region: label('所在地区', 'region'),
  website: label('网站', 'website'),
  contact: label('联系方式', 'contact details'),
  office: label('承办机构', 'office'),
  address: label('地址', 'address'),
  postcode: label('邮政编码', 'postcode'),
  phone: label('联系电话', 'phone'),
  email: label('电子邮箱', 'e-mail'),
  year: label('报告年度', 'report year'),
  publishedOn: label('发布日期', 'publication date'),
  title: label('标题', 'title'),
  preamble: label('引言', 'preamble'),
  overviewIntro: label('一、总体情况 · 导语', 'I. Overview · introduction'),
  paragraph: { zh: (n: number) => `第 ${n} 段`, en: (n: number) => `paragraph ${n}` },
  chinese: label('中文', 'Chinese'),
  english: label('英文', 'English'),
  fees: label('信息处理费', 'information processing fees'),
  feeYuan: label('信息处理费（元）', 'information processing fees (yuan)'),
  lastYear: label('上年报告的数字', "last year's figures"),
} as const;
