/**
 * The label of any place in the input, for messages about it: a JSON path in, the words of
 * labels.ts out. Each step of the path is a node; a node marked `quiet` names its place only
 * when the path ends there, so that 「机关名称」 reads as itself, not 「机关 · 机关名称」, while a
 * table cell reads as its row and column (「一、本年新收政府信息公开申请数量 · 自然人」).
 */
import type { FieldLabel } from '../../src/template.ts';
import {
  cannotProvideRows,
  fieldLabels as f,
  notDisclosedRows,
  notProcessedRows,
  otherHandlingRows,
  overviewParts,
  proactiveColumns as pc,
  proactiveRows,
  proactiveTables,
  requestColumns,
  requestRows,
  reviewColumns,
  reviewGroups,
  sections,
  type Label,
} from './labels.ts';

type Node = {
  readonly label: Label;
  readonly quiet?: boolean;
  readonly children?: Readonly<Record<string, Node>>;
  /** The node of every array element. */
  readonly items?: (index: number) => Node;
};

const leaf = (label: Label): Node => ({ label });
const leaves = (labels: Readonly<Record<string, Label>>): Record<string, Node> =>
  Object.fromEntries(Object.entries(labels).map(([key, label]) => [key, leaf(label)]));

const paragraphs = (label: Label): Node => ({
  label,
  items: (i) => ({ label: { zh: f.paragraph.zh(i + 1), en: f.paragraph.en(i + 1) }, children: { zh: leaf(f.chinese), en: leaf(f.english) } }),
});

const requestRow = (label: Label): Node => ({ label, children: leaves(requestColumns) });
const requestRows_ = (labels: Readonly<Record<string, Label>>) =>
  Object.fromEntries(Object.entries(labels).map(([key, label]) => [key, requestRow(label)]));
/** A group of rows; its figures directly, when a group is given as one row (（六）其他处理). Rows win a shared key. */
const rowGroup = (label: Label, rows: Readonly<Record<string, Label>>): Node =>
  ({ label, children: { ...leaves(requestColumns), ...requestRows_(rows) } });

const proactiveRow = (label: Label, columns: Readonly<Record<string, Label>>): Node => ({ label, children: leaves(columns) });
const itemColumns = { lastYearItems: pc.lastYearItems, change: pc.change, decisions: pc.decisions };

const proactive: Node = {
  label: sections.proactive,
  quiet: true,
  children: {
    item1: {
      label: proactiveTables.item1,
      children: Object.fromEntries((['rules', 'normativeDocuments'] as const).map((row) => [row, proactiveRow(proactiveRows[row], {
        newlyProduced: pc.newlyProduced, newlyDisclosed: pc.newlyDisclosed, totalDisclosed: pc.totalDisclosed,
        issued: pc.issued, repealed: pc.repealed, inForce: pc.inForce,
      })])),
    },
    item5: { label: proactiveTables.item5, children: { licensing: proactiveRow(proactiveRows.licensing, itemColumns), otherServices: proactiveRow(proactiveRows.otherServices, itemColumns) } },
    item6: { label: proactiveTables.item6, children: { penalties: proactiveRow(proactiveRows.penalties, itemColumns), enforcement: proactiveRow(proactiveRows.enforcement, itemColumns) } },
    item8: { label: proactiveTables.item8, children: { fees: proactiveRow(proactiveRows.fees, { ...itemColumns, amount: pc.feeAmount }) } },
    item9: { label: proactiveTables.item9, children: { procurement: proactiveRow(proactiveRows.procurement, { projects: pc.procurementProjects, amount: pc.procurementAmount }) } },
  },
};

const requests: Node = {
  label: sections.requests,
  quiet: true,
  children: {
    newlyReceived: requestRow(requestRows.newlyReceived),
    carriedOver: requestRow(requestRows.carriedOver),
    carriedToNextYear: requestRow(requestRows.carriedToNextYear),
    outcomes: {
      label: requestRows.outcomes,
      quiet: true,
      children: {
        disclosed: requestRow(requestRows.disclosed),
        partlyDisclosed: requestRow(requestRows.partlyDisclosed),
        notDisclosed: rowGroup(requestRows.notDisclosed, notDisclosedRows),
        cannotProvide: rowGroup(requestRows.cannotProvide, cannotProvideRows),
        notProcessed: rowGroup(requestRows.notProcessed, notProcessedRows),
        otherHandling: rowGroup(requestRows.otherHandling, otherHandlingRows),
        total: requestRow(requestRows.total),
      },
    },
  },
};

const review: Node = {
  label: sections.review,
  quiet: true,
  children: Object.fromEntries(Object.entries(reviewGroups).map(([key, label]) => [key, { label, children: leaves(reviewColumns) }])),
};

const root: Node = {
  label: f.report,
  quiet: true,
  children: {
    formatVersion: leaf(f.formatVersion),
    agency: {
      label: f.agency,
      quiet: true,
      children: {
        name: leaf(f.agencyName),
        nameEn: leaf(f.agencyNameEn),
        region: leaf(f.region),
        website: leaf(f.website),
        contact: {
          label: f.contact,
          quiet: true,
          children: leaves({ office: f.office, address: f.address, postcode: f.postcode, phone: f.phone, email: f.email }),
        },
      },
    },
    year: leaf(f.year),
    publishedOn: leaf(f.publishedOn),
    title: { label: f.title, children: { zh: leaf(f.chinese), en: leaf(f.english) } },
    preamble: paragraphs(f.preamble),
    overview: {
      label: sections.overview,
      quiet: true,
      children: {
        intro: paragraphs(f.overviewIntro),
        ...Object.fromEntries(Object.entries(overviewParts).map(([key, label]) => [key, paragraphs({ zh: `${sections.overview.zh} · ${label.zh}`, en: `${sections.overview.en} · ${label.en}` })])),
      },
    },
    headings: {
      label: f.headings,
      children: Object.fromEntries(Object.entries(overviewParts).map(([key, label]) => [key, { label, children: { zh: leaf(f.chinese), en: leaf(f.english) } }])),
    },
    proactive,
    requests,
    review,
    problems: paragraphs(sections.problems),
    otherMatters: paragraphs(sections.other),
    fees: { label: f.fees, quiet: true, children: { informationProcessingFeeYuan: leaf(f.feeYuan) } },
    lastYear: {
      label: f.lastYear,
      children: {
        carriedToNextYear: requestRow(requestRows.carriedToNextYear),
        inForce: { label: pc.inForce, children: leaves({ rules: proactiveRows.rules, normativeDocuments: proactiveRows.normativeDocuments }) },
      },
    },
  },
};

function step(node: Node, segment: PropertyKey): Node | undefined {
  if (typeof segment === 'number') return node.items?.(segment);
  return Object.hasOwn(node.children ?? {}, String(segment)) ? node.children?.[String(segment)] : undefined;
}

/** The words for a path, or undefined past the end of the known shape (an unknown key). */
export function fieldLabel(path: readonly PropertyKey[]): FieldLabel | undefined {
  const chain: Node[] = [];
  let node: Node | undefined = root;
  for (const segment of path) {
    node = step(node, segment);
    if (node === undefined) return undefined;
    chain.push(node);
  }
  const named = chain.filter((n, i) => !n.quiet || i === chain.length - 1);
  if (named.length === 0) return root.label;
  return { zh: named.map((n) => n.label.zh).join(' · '), en: named.map((n) => n.label.en).join(' · ') };
}
