/**
 * Formatting a host may leave out, and why: an older Excel lacks the API set (the Office host), or
 * the file format library cannot write it at all (exceljs and native charts). The data is always
 * written in full; the user is told what is missing.
 */
export type Feature =
  | 'freezePanes' | 'hyperlinks' | 'tabColor' | 'dataValidation' | 'pageLayout' | 'autoFilter' | 'pageBreaks' | 'charts'
  | 'conditionalFormats';

export interface SkippedFeature {
  readonly sheet: string;
  readonly feature: Feature;
  /** What it needs: `ExcelApi 1.9`, or `Excel` for what only Excel itself draws. */
  readonly requirement: string;
}

/** The ExcelApi minor version each optional feature needs in the Office host. */
export const OFFICE_REQUIRES: Readonly<Record<Exclude<Feature, 'charts'>, string>> = {
  freezePanes: '1.7', hyperlinks: '1.7', tabColor: '1.7', dataValidation: '1.8', pageLayout: '1.9', autoFilter: '1.9',
  pageBreaks: '1.9', conditionalFormats: '1.6',
};
