/**
 * The QR symbol of a URL: its side in modules and which modules are dark (error correction
 * M, as every document prints it). Both the PDF, which draws the modules, and Word, which
 * sizes the code's image by them, ask for it; a report's renders share one encoding (the
 * first costs ≈ 15 ms in a cold process), and a report rendered again reuses it.
 */
import QRCode from 'qrcode';

export type QrSymbol = { readonly modules: number; readonly dark: readonly boolean[] };

/** Symbols kept, oldest forgotten first. */
const cachedSymbols = 16;
const symbols = new Map<string, QrSymbol>();

export function qrSymbol(url: string): QrSymbol {
  let symbol = symbols.get(url);
  if (symbol === undefined) {
    const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
    symbol = { modules: modules.size, dark: Array.from(modules.data, (bit) => bit === 1) };
    if (symbols.size >= cachedSymbols) symbols.delete(symbols.keys().next().value as string);
    symbols.set(url, symbol);
  }
  return symbol;
}
