/** What a check found in a document: the shape every entry point reports. */
export type Severity = 'error' | 'warning';

export type Finding = {
  /** Stable rule id, e.g. `requests.column-balance`. */
  readonly rule: string;
  readonly severity: Severity;
  /** JSON path into the input, e.g. `$.requests.outcomes.total.legalServices`. */
  readonly path: string;
  /** Where in the printed document: table, row and column labels in Chinese. */
  readonly table?: string;
  readonly row?: string;
  readonly column?: string;
  readonly expected?: number | string;
  readonly found?: number | string | null;
  readonly message: { readonly zh: string; readonly en: string };
};

export const hasErrors = (findings: readonly Finding[]) => findings.some((f) => f.severity === 'error');
