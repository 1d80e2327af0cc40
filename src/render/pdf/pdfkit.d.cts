import type PDFDocument from 'pdfkit';

declare const pdfkit: typeof PDFDocument;
export = pdfkit;
