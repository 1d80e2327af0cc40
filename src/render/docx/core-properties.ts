/**
 * `docProps/core.xml`, written by us rather than by docx: docx stamps created/modified with
 * the current time and has no language, while the same model must give the same bytes and
 * the document is declared as the model's language (zh-CN).
 */
import type { DocumentMetadata } from '../../model/document.ts';
import { escapeXml } from './xml.ts';

export const CORE_PROPERTIES_PATH = 'docProps/core.xml';


/** The publication date as a W3CDTF timestamp at midnight UTC. */
function timestampOf(date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`metadata.date must be YYYY-MM-DD, got ${JSON.stringify(date)}`);
  return `${date}T00:00:00Z`;
}

export function corePropertiesXml(metadata: DocumentMetadata): string {
  const element = (name: string, value: string) => `<${name}>${escapeXml(value)}</${name}>`;
  const timestamp = (name: string) => `<${name} xsi:type="dcterms:W3CDTF">${timestampOf(metadata.date)}</${name}>`;
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"',
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    element('dc:title', metadata.title),
    element('dc:subject', metadata.subject),
    element('dc:creator', metadata.author),
    element('cp:keywords', metadata.keywords.join(', ')),
    element('cp:lastModifiedBy', metadata.author),
    element('dc:language', metadata.language),
    timestamp('dcterms:created'),
    timestamp('dcterms:modified'),
    '</cp:coreProperties>',
  ].join('');
}
