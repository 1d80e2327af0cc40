/**
 * The template registry: every report kind the engine serves, keyed by kind. The service,
 * HTTP, CLI and storage take templates from here and name no kind themselves; the first
 * registered is the one `POST /v1/reports`, `nianbao render` and `nianbao validate` take.
 */
import { aggregateTemplate } from '../templates/aggregate/index.ts';
import { annualReportTemplate } from '../templates/annual-report/index.ts';
import type { AnyTemplate } from './template.ts';

const registered = [annualReportTemplate, aggregateTemplate] as const;

export const templates: Readonly<Record<string, AnyTemplate>> = Object.fromEntries(registered.map((t) => [t.kind, t]));

/** The report kind an entry point takes when not told otherwise. */
export const defaultTemplate: AnyTemplate = registered[0];

export const templateOf = (kind: string): AnyTemplate | undefined => templates[kind];
