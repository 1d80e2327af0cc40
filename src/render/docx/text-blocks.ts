/**
 * Title, heading and paragraph blocks as Word paragraphs (XML). They place themselves on the
 * GB/T 9704 grid rather than snapping to Word's (see styles.ts): every line is exactly the
 * grid's line pitch, and body characters are squeezed so 28 fill a line.
 */
import type { HeadingBlock, ParagraphBlock, TitleBlock } from '../../model/document.ts';
import { characterSpacing, linePitch } from '../../model/page-setup.ts';
import { pointsToTwips, type DocxContext } from './context.ts';
import type { FaceRole } from './faces.ts';
import { paragraphXml } from './paragraph.ts';
import { headingStyle, OFF_GRID_STYLE } from './styles.ts';
import { gridRuns, secondarySize, textRun, textRuns } from './text-runs.ts';

/** Exact spacing of one grid line. */
const onGrid = (context: DocxContext) => ({ line: pointsToTwips(linePitch(context.setup)) });

/** Body characters squeezed so 28 fill a 156 mm line; rounded down so the 28th always fits. */
const gridSpacing = (context: DocxContext) => Math.floor(characterSpacing(context.setup) * 20);

/** The two-character first-line indent of GB/T 9704 §7.3.3, in characters for Word and in twips for the rest. */
const firstLineIndent = (context: DocxContext) => ({
  twips: pointsToTwips(2 * context.setup.bodySize),
  hundredthsOfCharacter: 200,
});

const alignments = { justify: 'both', left: 'left', center: 'center', right: 'right' } as const;

const headingRoles: Record<HeadingBlock['level'], FaceRole> = { 1: 'heading1', 2: 'heading2', 3: 'heading3' };

/**
 * The title lines, centred, set `linesAboveTitle` grid lines down page 1 as the PDF sets
 * them (the published reports leave three), followed by one empty grid line before the text.
 */
export function title(block: TitleBlock, context: DocxContext): string {
  const style = { role: 'title', size: context.setup.titleSize } as const;
  const before = pointsToTwips(context.setup.linesAboveTitle * linePitch(context.setup));
  return block.lines
    .map((line, index) =>
      paragraphXml(
        {
          style: OFF_GRID_STYLE,
          alignment: 'center',
          spacing: {
            ...onGrid(context),
            ...(index === 0 && before > 0 ? { before } : {}),
            ...(index === block.lines.length - 1 ? { after: onGrid(context).line } : {}),
          },
          keepNext: true,
        },
        textRuns(context, line, style),
      ),
    )
    .join('');
}

/**
 * A heading, indented like the body, kept with what follows, and in the outline. Its
 * secondary text is a paragraph of its own so that it is indented the same.
 */
export function heading(block: HeadingBlock, context: DocxContext): string {
  const style = { role: headingRoles[block.level], size: context.setup.bodySize, spacing: gridSpacing(context) };
  const line = (runs: string, outline: boolean) =>
    paragraphXml(
      {
        style: outline ? headingStyle(block.level) : OFF_GRID_STYLE,
        alignment: 'left',
        spacing: onGrid(context),
        firstLineIndent: firstLineIndent(context),
        keepNext: true,
        ...(outline ? { outlineLevel: block.level - 1 } : {}),
      },
      runs,
    );
  const { text, secondary } = block.content;
  return (
    line(gridRuns(context, text, style), true) +
    (secondary === undefined ? '' : line(textRun(context, secondary, { role: style.role, size: secondarySize(style.size) }), false))
  );
}

/** Body text: justified with a two-character first-line indent unless the block says otherwise. */
export function paragraph(block: ParagraphBlock, context: DocxContext): string {
  return paragraphXml(
    {
      style: OFF_GRID_STYLE,
      alignment: alignments[block.align ?? 'justify'],
      spacing: onGrid(context),
      ...(block.indent === false ? {} : { firstLineIndent: firstLineIndent(context) }),
    },
    gridRuns(context, block.text, { role: 'body', size: context.setup.bodySize, spacing: gridSpacing(context) }),
  );
}
