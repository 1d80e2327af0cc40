/**
 * `Content-Disposition: attachment` whose Chinese file name survives the download
 * (RFC 6266 with the RFC 5987 `filename*`); older clients (and `curl -OJ`) get the ASCII
 * fallback the template names from the English agency name.
 */
export function attachment(fileName: string, asciiFallback: string): string {
  return `attachment; filename="${asciiOnly(asciiFallback)}"; filename*=UTF-8''${rfc5987(fileName)}`;
}

/** Quotes, backslashes and anything outside printable ASCII cannot appear in the quoted form. */
function asciiOnly(name: string): string {
  return name.replace(/[^\x20-\x7e]|["\\]/g, '_');
}

/** RFC 5987 attr-char: percent-encode UTF-8 except the unreserved marks it allows. */
function rfc5987(name: string): string {
  return encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
