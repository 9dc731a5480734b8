/**
 * Every text the pane's own screens show, in Vietnamese and English (one table per language,
 * apart from the components). Verdicts, explanations and legal citations come from the core and
 * stay Vietnamese: they quote Vietnamese law and are what the report prints.
 */
import { en } from './stringsEn';
import { vi, type Strings } from './stringsVi';

export type { Strings } from './stringsVi';

export const STRINGS: Readonly<Record<'vi' | 'en', Strings>> = { vi, en };
