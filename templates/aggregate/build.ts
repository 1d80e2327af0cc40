/**
 * The aggregate as a document model: title, a sentence on what is counted, the members
 * table, then the official tables of sections 二, 三 and 四 summed, each with notes on the
 * cells some member left blank. Built with the annual report's own table builders, so a
 * summed table reads exactly as a member's.
 */
import type { Block, DocumentMetadata, DocumentModel, TitleBlock } from '../../src/model/document.ts';
import type { BuildOptions, Language } from '../../src/template.ts';
import { qrCode } from '../annual-report/build/front-matter.ts';
import { proactiveTables } from '../annual-report/build/proactive-tables.ts';
import { requestsTable } from '../annual-report/build/requests-table.ts';
import { reviewTables } from '../annual-report/build/review-table.ts';
import { labelText } from '../annual-report/build/text.ts';
import { sections } from '../annual-report/labels.ts';
import { blankNotes, markBlanks } from './build/blank-notes.ts';
import { membersTable } from './build/members-table.ts';
import { aggregateTitle, linkNote, membersSection, summary } from './labels.ts';
import type { Aggregate } from './schema.ts';
import { compiledOf, type Compiled } from './sum.ts';

const nameEn = (input: Aggregate) => input.nameEn ?? input.name;

function titleBlock(input: Aggregate, lang: Language): TitleBlock {
  const kindZh = aggregateTitle.zh('', input.year);
  if (lang === 'en') return { type: 'title', lines: [{ text: nameEn(input) }, { text: aggregateTitle.en('', input.year).trim() }] };
  if (lang === 'zh-en') return { type: 'title', lines: [{ text: input.name }, { text: kindZh, secondary: aggregateTitle.en(nameEn(input), input.year) }] };
  return { type: 'title', lines: [{ text: input.name }, { text: kindZh }] };
}

export function aggregateMetadata(input: Aggregate, publishedOn: string, lang: Language): DocumentMetadata {
  const english = lang === 'en';
  const author = english ? nameEn(input) : input.name;
  const subject = english ? aggregateTitle.en('', input.year).trim() : aggregateTitle.zh('', input.year);
  return {
    title: english ? aggregateTitle.en(author, input.year) : aggregateTitle.zh(input.name, input.year),
    author,
    subject,
    keywords: [...new Set([author, String(input.year), subject])],
    language: english ? 'en' : 'zh-CN',
    date: publishedOn,
  };
}

const inLanguage = (lang: Language, zh: string, en: string): Block[] =>
  (lang === 'zh' ? [zh] : lang === 'en' ? [en] : [zh, en]).map((text) => ({ type: 'paragraph', text }));

/** The address the ids of the 链接 column complete, when every member's link is its id under one base. */
function linkBase(compiled: Compiled): string | undefined {
  const bases = new Set(compiled.members.map((m) => (m.id !== undefined && m.link?.endsWith(m.id) ? m.link.slice(0, -m.id.length) : undefined)));
  const [base] = bases;
  return bases.size === 1 ? base : undefined;
}

function summaryBlocks(compiled: Compiled, lang: Language): Block[] {
  const counted = compiled.members.filter((m) => m.included).length;
  const base = linkBase(compiled);
  return [
    ...inLanguage(lang, summary.zh(compiled.members.length, counted), summary.en(compiled.members.length, counted)),
    ...(base === undefined ? [] : inLanguage(lang, linkNote.zh(base), linkNote.en(base))),
  ];
}

const heading = (label: Parameters<typeof labelText>[0], lang: Language): Block =>
  ({ type: 'heading', level: 1, content: labelText(label, lang) });

export function buildAggregate(input: Aggregate, options: BuildOptions): DocumentModel {
  const { lang } = options;
  const compiled = compiledOf(input);
  const { sum } = compiled;
  const qr = qrCode(options);
  return {
    layout: options.layout,
    metadata: aggregateMetadata(input, sum.publishedOn, lang),
    ...(qr === undefined ? {} : { qr }),
    pageNumbers: true,
    blocks: [
      titleBlock(input, lang),
      ...summaryBlocks(compiled, lang),
      heading(membersSection, lang),
      membersTable(compiled, lang),
      heading(sections.proactive, lang),
      ...proactiveTables(sum, lang).map(markBlanks),
      ...blankNotes(compiled, 'proactive', lang),
      heading(sections.requests, lang),
      markBlanks(requestsTable(sum, lang)),
      ...blankNotes(compiled, 'requests', lang),
      heading(sections.review, lang),
      ...reviewTables(sum, lang).map(markBlanks),
      ...blankNotes(compiled, 'review', lang),
    ],
  };
}
