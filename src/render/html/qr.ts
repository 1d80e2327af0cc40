/**
 * The model's QR code as inline SVG (nothing to load), with its caption and the same
 * URL as a plain link for readers who are already on a screen.
 */
import QRCode from 'qrcode';
import type { QrCode } from '../../model/document.ts';
import { escapeHtml, safeHref } from './escape.ts';
import { textHtml } from './text.ts';

export async function qrHtml(qr: QrCode): Promise<string> {
  const svg = await QRCode.toString(qr.url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
  const labelled = svg.replace('<svg ', `<svg role="img" aria-label="${escapeHtml(qr.caption.text)}" `);
  return `<figure class="qr">${labelled}<figcaption>${textHtml(qr.caption)}<br><a href="${safeHref(qr.url)}">${escapeHtml(qr.url)}</a></figcaption></figure>`;
}
