/**
 * pdfmake's own QR encoder (no types shipped). It is Babel-compiled CommonJS: Node's ESM
 * loader hands over `{ default: encoder }`, bundlers that honour `__esModule` the encoder.
 */
declare module 'pdfmake/js/qrEnc.js' {
  type Measure = (node: { qr: string; eccLevel?: string; fit?: number }) => { _width: number };
  const encoder: { readonly measure?: Measure; readonly default?: { readonly measure: Measure } };
  export default encoder;
}
