/**
 * The CSS every HTML page of a document shares, set inline in one <style> element (the
 * page's CSP allows exactly that element by its hash). System fonts only: the page
 * loads nothing, and every phone already has a CJK face.
 */
import { bandShade, pageSetups, typesetting, type Layout } from '../../model/page-setup.ts';

const sansStack = [
  'system-ui',
  '-apple-system',
  '"PingFang SC"',
  '"Hiragino Sans GB"',
  '"Microsoft YaHei"',
  '"Noto Sans CJK SC"',
  '"Source Han Sans SC"',
  '"WenQuanYi Micro Hei"',
  'sans-serif',
].join(',');

const monoStack = 'ui-monospace,"SFMono-Regular",Menlo,Consolas,"Liberation Mono",monospace';

const documentCss = `
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0 auto;max-width:48rem;padding:1rem;font:1rem/1.75 ${sansStack};color:#1b1b1b;background:#fff;overflow-wrap:break-word}
h1,h2,h3,h4{line-height:1.4;margin:1.5em 0 .5em}
h1{font-size:1.5rem;text-align:center}
h2{font-size:1.2rem}
h3{font-size:1.05rem}
h4{font-size:1rem}
.line,.secondary{display:block}
.secondary{font-size:.85em;font-weight:normal;color:#555}
p{margin:.5em 0}
.indent{text-indent:2em}
.table-box{overflow-x:auto;margin:1rem 0;-webkit-overflow-scrolling:touch}
table{border-collapse:collapse;width:100%;font-size:.875rem;line-height:1.5}
caption{caption-side:top;text-align:left;font-weight:600;padding-bottom:.25rem}
th,td{border:1px solid #8c8c8c;padding:.25rem .375rem;vertical-align:middle}
thead th{background:#f2f2f2;font-weight:600;text-align:center}
tbody th{font-weight:normal;text-align:left}
.num{text-align:${typesetting.numericAlign};font-variant-numeric:tabular-nums;white-space:nowrap}
.align-justify{text-align:justify}
.align-left{text-align:left}
.align-center{text-align:center}
.align-right{text-align:right}
.vertical{writing-mode:vertical-rl;text-align:center}
.band{background:#${bandShade};text-align:left}
.qr{margin:1.5rem 0;text-align:center}
.qr svg{width:8rem;height:8rem}
code{font-family:${monoStack};overflow-wrap:anywhere}
a{color:#0b57d0}
`.trim();

/** On paper, the page keeps the document's own margins (GB/T 9704 for the official layout). */
function printCss(layout: Layout): string {
  const { paper, margins } = pageSetups[layout];
  return `@page{size:${paper.width}mm ${paper.height}mm;margin:${margins.top}mm ${margins.right}mm ${margins.bottom}mm ${margins.left}mm}
@media print{body{max-width:none;padding:0}.table-box{overflow:visible}}`;
}

export const stylesheet = (layout: Layout, extra: readonly string[]): string =>
  [documentCss, printCss(layout), ...extra].filter((css) => css !== '').join('\n');
