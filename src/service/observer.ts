/**
 * What the service tells whoever watches it (metrics in Lambda), as plain data: the service
 * knows no metrics library, and a caller that watches nothing passes nothing.
 */
import type { Finding } from '../findings.ts';
import type { Format } from '../render/renderer.ts';

export type RenderObservation = {
  /** Validation, model and every renderer, storage excluded. */
  readonly renderMs: number;
  readonly files: readonly { readonly format: Format; readonly bytes: number; readonly pages?: number }[];
};

export type ServiceObserver = {
  rendered(observation: RenderObservation): void;
  /** A report refused: its error findings name the rules. */
  refused(findings: readonly Finding[]): void;
};
