/**
 * Writes a report as a CMS would publish it: an HTML page whose tables are real <table>
 * markup with merged cells — rowspan on the group labels of section 三, colspan on the
 * headers — so the importer's HTML path is tested against markup it has not seen.
 */
import * as L from '../../templates/annual-report/labels.ts';
import type { AnnualReport, Paragraph, RequestRow } from '../../templates/annual-report/schema.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const td = (text: string | number | null, attrs = '') => `<td${attrs}>${text === null ? '/' : esc(String(text))}</td>`;
const span = (rows: number, cols = 1) => `${rows > 1 ? ` rowspan="${rows}"` : ''}${cols > 1 ? ` colspan="${cols}"` : ''}`;
const paras = (ps: readonly Paragraph[]) => ps.map((p) => `<p>${esc(p.zh)}</p>`).join('\n');
/** Header labels broken where a narrow printed column breaks them. */
const broken = (label: L.Label) => (label.zh.length > 5 ? `${esc(label.zh.slice(0, 3))}<br>${esc(label.zh.slice(3))}` : esc(label.zh));

function proactiveTable(caption: L.Label, columns: readonly L.Label[], rows: readonly [L.Label, readonly (number | null)[]][]): string {
  const head = `<tr><th>${L.categoryColumn.zh}</th>${columns.map((c) => `<th>${broken(c)}</th>`).join('')}</tr>`;
  const body = rows.map(([label, values]) => `<tr>${td(label.zh)}${values.map((v) => td(v)).join('')}</tr>`).join('\n');
  return `<p><strong>${caption.zh}</strong></p>\n<table border="1"><tbody>${head}\n${body}</tbody></table>`;
}

function proactive(report: AnnualReport): string {
  const c = L.proactiveColumns;
  const r = L.proactiveRows;
  const t = L.proactiveTables;
  if (report.formatVersion === '2021') {
    const p = report.proactive;
    return [
      proactiveTable(t.item1, [c.issued, c.repealed, c.inForce], [[r.rules, Object.values(p.item1.rules)], [r.normativeDocuments, Object.values(p.item1.normativeDocuments)]]),
      proactiveTable(t.item5, [c.decisions], [[r.licensing, [p.item5.licensing.decisions]]]),
      proactiveTable(t.item6, [c.decisions], [[r.penalties, [p.item6.penalties.decisions]], [r.enforcement, [p.item6.enforcement.decisions]]]),
      proactiveTable(t.item8, [c.feeAmount], [[r.fees, [p.item8.fees.amount]]]),
    ].join('\n');
  }
  const p = report.proactive;
  const items = [c.lastYearItems, c.change, c.decisions2019];
  return [
    proactiveTable(t.item1, [c.newlyProduced, c.newlyDisclosed, c.totalDisclosed], [[r.rules, Object.values(p.item1.rules)], [r.normativeDocuments2019, Object.values(p.item1.normativeDocuments)]]),
    proactiveTable(t.item5, items, [[r.licensing, Object.values(p.item5.licensing)], [r.otherServices, Object.values(p.item5.otherServices)]]),
    proactiveTable(t.item6, items, [[r.penalties, Object.values(p.item6.penalties)], [r.enforcement, Object.values(p.item6.enforcement)]]),
    proactiveTable(t.item8, [c.lastYearItems, c.change], [[r.fees, Object.values(p.item8.fees)]]),
    proactiveTable(t.item9, [c.procurementProjects, c.procurementAmount], [[r.procurement, [p.item9.procurement.projects, p.item9.procurement.amount]]]),
  ].join('\n');
}

const values = (row: RequestRow) => L.requestColumnKeys.map((k) => td(row[k])).join('');

function requests(report: AnnualReport): string {
  const q = report.requests;
  const o = q.outcomes;
  const R = L.requestRows;
  const group = (label: L.Label, rows: Record<string, L.Label>, data: Record<string, RequestRow>) =>
    Object.entries(rows).map(([key, row], i) =>
      `<tr>${i === 0 ? td(label.zh, span(Object.keys(rows).length)) : ''}${td(row.zh)}${values(data[key] as RequestRow)}</tr>`);
  const other = 'naturalPersons' in o.otherHandling
    ? [`<tr>${td(R.otherHandling.zh, span(1, 2))}${values(o.otherHandling)}</tr>`]
    : group(R.otherHandling, L.otherHandlingRows, o.otherHandling);
  const outcomeRows = [
    `<tr>${td(R.disclosed.zh, span(1, 2))}${values(o.disclosed)}</tr>`,
    `<tr>${td(R.partlyDisclosed.zh, span(1, 2))}${values(o.partlyDisclosed)}</tr>`,
    ...group(R.notDisclosed, L.notDisclosedRows, o.notDisclosed),
    ...group(R.cannotProvide, L.cannotProvideRows, o.cannotProvide),
    ...group(R.notProcessed, L.notProcessedRows, o.notProcessed),
    ...other,
    `<tr>${td(R.total.zh, span(1, 2))}${values(o.total)}</tr>`,
  ];
  const [firstOutcome, ...restOutcomes] = outcomeRows;
  const legal = L.requesterColumnKeys.filter((k) => k !== 'naturalPersons').map((k) => td(L.requestColumns[k].zh)).join('');
  return `<table border="1"><tbody>
<tr>${td(L.requestCornerNote.zh, span(3, 3))}${td(L.requesterHeading.zh, span(1, 7))}</tr>
<tr>${td(L.requestColumns.naturalPersons.zh, span(2))}${td(L.legalPersonsHeading.zh, span(1, 5))}${td(L.requestColumns.total.zh, span(2))}</tr>
<tr>${legal}</tr>
<tr>${td(R.newlyReceived.zh, span(1, 3))}${values(q.newlyReceived)}</tr>
<tr>${td(R.carriedOver.zh, span(1, 3))}${values(q.carriedOver)}</tr>
${(firstOutcome ?? '').replace('<tr>', `<tr>${td(R.outcomes.zh, span(outcomeRows.length))}`)}
${restOutcomes.join('\n')}
<tr>${td(R.carriedToNextYear.zh, span(1, 3))}${values(q.carriedToNextYear)}</tr>
</tbody></table>`;
}

function review(report: AnnualReport): string {
  const columns = Object.values(L.reviewColumns);
  const groups = L.reviewGroupKeys.map((g) => report.review[g]);
  return `<table border="1"><tbody>
<tr>${td(L.reviewGroups.reconsideration.zh, span(2, 5))}${td(L.litigationHeading.zh, span(1, 10))}</tr>
<tr>${td(L.reviewGroups.litigationDirect.zh, span(1, 5))}${td(L.reviewGroups.litigationAfterReconsideration.zh, span(1, 5))}</tr>
<tr>${[0, 1, 2].map(() => columns.map((c) => td(c.zh)).join('')).join('')}</tr>
<tr>${groups.map((g) => L.reviewColumnKeys.map((k) => td(g[k])).join('')).join('')}</tr>
</tbody></table>`;
}

export function reportHtml(report: AnnualReport): string {
  const s = L.sections;
  const parts = L.overviewParts;
  const o = report.overview;
  const title = report.title?.zh ?? L.reportTitle.zh(report.agency.name, report.year);
  return `<!doctype html><html><head><meta charset="utf-8"><title>${esc(title)}_门户网站</title>
<style>td { border: 1px solid }</style><script>var tracker = "一、总体情况";</script></head>
<body><div class="nav"><a href="/">首页</a> &gt; <a href="/xxgk">政府信息公开</a></div>
<h1>${esc(title)}</h1>
<div class="info">发布日期：${report.publishedOn}</div>
${paras(report.preamble)}
<h2>${s.overview.zh}</h2>
${paras(o.intro)}
${(['proactive', 'onRequest', 'management', 'platforms', 'oversight'] as const).map((k) => `<h3>${parts[k].zh}</h3>\n${paras(o[k])}`).join('\n')}
<h2>${s.proactive.zh}</h2>
${proactive(report)}
<h2>${s.requests.zh}</h2>
${requests(report)}
<h2>${s.review.zh}</h2>
${review(report)}
<h2>${s.problems.zh}</h2>
${paras(report.problems)}
<h2>${s.other.zh}</h2>
${paras(report.otherMatters)}
<div class="footer">来源：本网 <a href="#">打印本页</a></div>
</body></html>`;
}
