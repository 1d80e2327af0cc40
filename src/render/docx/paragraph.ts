/** A Word paragraph (`w:p`) as XML: its properties in the schema's order, then its runs. */
export type ParagraphProperties = {
  readonly style: string;
  readonly keepNext?: boolean;
  /** Twips; `line` exact. */
  readonly spacing: { readonly before?: number; readonly after?: number; readonly line: number };
  readonly firstLineIndent?: { readonly twips: number; readonly hundredthsOfCharacter: number };
  readonly alignment: 'left' | 'center' | 'right' | 'both';
  readonly outlineLevel?: number;
};

export function paragraphXml(properties: ParagraphProperties, runs: string): string {
  const { spacing, firstLineIndent } = properties;
  return (
    `<w:p><w:pPr><w:pStyle w:val="${properties.style}"/>` +
    (properties.keepNext ? '<w:keepNext/>' : '') +
    '<w:spacing' +
    (spacing.after === undefined ? '' : ` w:after="${spacing.after}"`) +
    (spacing.before === undefined ? '' : ` w:before="${spacing.before}"`) +
    ` w:line="${spacing.line}" w:lineRule="exact"/>` +
    (firstLineIndent === undefined ? '' : `<w:ind w:firstLine="${firstLineIndent.twips}" w:firstLineChars="${firstLineIndent.hundredthsOfCharacter}"/>`) +
    `<w:jc w:val="${properties.alignment}"/>` +
    (properties.outlineLevel === undefined ? '' : `<w:outlineLvl w:val="${properties.outlineLevel}"/>`) +
    `</w:pPr>${runs}</w:p>`
  );
}
