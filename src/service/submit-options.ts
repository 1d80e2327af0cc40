/**
 * What a submission asks for, and the defaults: apart from submit.ts so that reading them
 * (query-options.ts, on every route) does not load the render pipeline.
 */
import type { Layout } from '../model/page-setup.ts';
import type { FontSet, Format } from '../render/renderer.ts';
import type { Language } from '../template.ts';

export type SubmitOptions = {
  readonly formats: readonly Format[];
  readonly lang: Language;
  readonly layout: Layout;
  readonly fonts: FontSet;
  readonly allowCheckFailures: boolean;
};

export const defaultSubmitOptions: SubmitOptions = {
  formats: ['pdf', 'docx'],
  lang: 'zh',
  layout: 'official',
  fonts: 'official',
  allowCheckFailures: false,
};
