import type * as fontkit from 'fontkit';

declare const pdfkitFontkit: typeof fontkit;
export = pdfkitFontkit;
