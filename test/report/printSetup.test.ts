import { buildTemplate } from '../../src/report/templateSheets';
import { buildReportSheet } from '../../src/report/reportSheet';
import { buildQuarterList } from '../../src/report/quarterList';
import { buildFeedbackSynthesis } from '../../src/report/feedbackSynthesis';
import { buildSummarySheet } from '../../src/report/summarySheet';
import { SAMPLE_MODEL } from './sampleModel';

// Issue 16: every sheet the tool writes prints on A4 («Thông tin» and «Danh mục» had none), every
// printed list and report is numbered (the report from page 2, ND 30), and a placeholder prints plain.
describe('print setup of every sheet written', () => {
  it('sets A4 on every sheet of the template, «Thông tin» and «Danh mục» included', () => {
    for (const doc of buildTemplate({ year: 2025 })) expect([doc.name, doc.pageSetup?.paper]).toEqual([doc.name, 'A4']);
  });

  it('numbers the pages of the report from 2 and of the lists from 1', () => {
    expect(buildReportSheet(SAMPLE_MODEL).pageSetup?.pageNumbers).toBe('top-center-from-2');
    for (const doc of [buildSummarySheet(SAMPLE_MODEL), buildQuarterList(SAMPLE_MODEL, { year: 2024, quarter: 1 }), buildFeedbackSynthesis(SAMPLE_MODEL)]) {
      expect([doc.name, doc.pageSetup?.pageNumbers]).toEqual([doc.name, 'top-center']);
    }
  });

  it('prints the report\'s placeholders without a fill', () => {
    const doc = buildReportSheet(SAMPLE_MODEL);
    expect((doc.formats ?? []).filter((f) => f.fill !== undefined)).toEqual([]);
  });
});
