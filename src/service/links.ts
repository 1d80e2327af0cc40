/**
 * The public URLs of a stored report, the one place their paths are spelled: the QR code,
 * the landing page's download buttons and the API's answers all link through here.
 */
export type ReportLinks = {
  readonly manifest: string;
  /** The page the QR code leads to. */
  readonly landingPage: string;
  /** A redirect to a short-lived download URL of the stored file. */
  readonly document: (format: string) => string;
};

export const reportLinks = (baseUrl: string, id: string): ReportLinks => ({
  manifest: `${baseUrl}/v1/reports/${id}`,
  landingPage: `${baseUrl}/r/${id}`,
  document: (format) => `${baseUrl}/v1/reports/${id}/${format}`,
});
