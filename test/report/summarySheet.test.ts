import type { ReportModel } from '../../src/report/model';
import { criterion } from '../../src/report/summaryDetail';
import { buildFeedbackSynthesis, FEEDBACK_SYNTHESIS_SHEET } from '../../src/report/feedbackSynthesis';
import { buildSummarySheet, CHART_TITLE, summarize, SUMMARY_SHEET } from '../../src/report/summarySheet';
import { evaluator, formulaCells } from './formulaEval';
import { SAMPLE_MODEL } from './sampleModel';

const zeroStatuses = { met: 0, short: 0, ongoing: 0, planned: 0, permanent: 0, 'no-requirement': 0, 'missing-data': 0, invalid: 0 };

describe('summarize', () => {
  const data = summarize(SAMPLE_MODEL);

  it('counts postings by content group in khoản order, with the rate over judged postings', () => {
    expect(data.groups.map((g) => [g.label, g.clause, g.total, g.judged, g.met, g.rate, g.late])).toEqual([
      ['Ngân sách', 2, 1, 1, 1, 1, 0],
      ['Quỹ, đóng góp', 5, 1, 0, 0, null, 1],
      ['An sinh xã hội', 7, 1, 1, 0, 0, 0],
      ['Lấy ý kiến', 11, 2, 2, 1, 0.5, 0],
      ['Thủ tục hành chính', 13, 1, 1, 1, 1, 0],
    ]);
    expect(data.postings).toMatchObject({ total: 6, judged: 5, met: 3, rate: 0.6, late: 1 });
    expect(data.postings.byStatus).toEqual({ ...zeroStatuses, met: 2, short: 2, planned: 1, permanent: 1 });
  });

  it('counts tasks by status and lists the overdue ones', () => {
    expect(data.tasks.byStatus).toMatchObject({ 'done-on-time': 1, overdue: 1, 'no-deadline': 1, 'done-late': 0 });
    expect(data.tasks.overdue.map((t) => [t.row, t.days])).toEqual([[3, 20]]);
  });

  it("counts feedback by decision as the engine does for each consultation", () => {
    expect(data.consultations).toEqual([{ key: 'QC-2024', subject: SAMPLE_MODEL.consultations[0].subject, feedback: SAMPLE_MODEL.consultations[0].feedback }]);
    expect(data.feedback).toEqual({ total: 3, accepted: 1, partlyAccepted: 0, explained: 1, pending: 1 });
  });

  it('counts votes passed and failed', () => {
    expect(data.votes).toEqual({ passed: 1, failed: 1, unknown: 0, total: 2 });
  });

  it('counts a decision without a written answer as pending, and feedback of no known consultation on its own line', () => {
    const model: ReportModel = { ...SAMPLE_MODEL, feedback: [
      { ...SAMPLE_MODEL.feedback[0], response: ' ' },
      { ...SAMPLE_MODEL.feedback[1], consultationId: 'qc-2024' },
      { ...SAMPLE_MODEL.feedback[1], consultationId: null },
    ] };
    const s = summarize(model);
    expect(s.consultations.map((c) => [c.key, c.feedback.total, c.feedback.pending, c.feedback.explained]))
      .toEqual([['QC-2024', 2, 1, 1], ['(chưa xác định đợt)', 1, 0, 1]]);
  });
});

describe('buildSummarySheet', () => {
  const doc = buildSummarySheet(SAMPLE_MODEL);
  // Feedback is counted on TH Ý kiến: the evaluator reads that sheet too.
  const withSynthesis = (model: ReportModel) => ({ [FEEDBACK_SYNTHESIS_SHEET]: buildFeedbackSynthesis(model) });
  const evaluate = evaluator(doc, withSynthesis(SAMPLE_MODEL));
  const cells = formulaCells(doc);
  const rowOf = (label: string) => doc.values.findIndex((r) => r[0] === label) + 1;

  it('owns a sheet it replaces, printed A4 landscape in Times New Roman', () => {
    expect(doc).toMatchObject({ name: SUMMARY_SHEET, owner: 'tong-hop', ifExists: 'replace', freeze: { rows: 2, columns: 0 } });
    expect(doc.pageSetup).toMatchObject({ paper: 'A4', orientation: 'landscape', fitToWidth: true, printTitleRows: [1, 2] });
    expect(doc.formats?.[0]).toMatchObject({ font: { name: 'Times New Roman' } });
    expect(doc.values[0][0]).toBe('TỔNG HỢP KẾT QUẢ THỰC HIỆN DÂN CHỦ Ở CƠ SỞ NĂM 2024');
    expect(doc.values[1][0]).toBe('Đơn vị: UBND xã An Thượng — Số liệu tính đến ngày 20/03/2024');
  });

  it('gives every formula the number a recalculation gives', () => {
    expect(cells.length).toBeGreaterThan(80);
    for (const c of cells) {
      const expected = evaluate(c.formula);
      if (typeof expected === 'number') expect([c.ref, c.result]).toEqual([c.ref, expect.closeTo(expected, 12)]);
      else expect([c.ref, c.result]).toEqual([c.ref, expected]);
    }
  });

  it("puts the engine's numbers in the summary cells", () => {
    const totals = doc.values[rowOf('Tổng cộng') - 1];
    expect(totals.slice(2).map((v) => (v as { result: unknown }).result)).toEqual([2, 2, 0, 1, 1, 0, 0, 0, 6, 5, 0.6, 1]);
    expect(doc.values[rowOf('Quỹ, đóng góp') - 1][12]).toEqual({ formula: expect.stringMatching(/^IFERROR\(/), result: '' });
    expect(doc.values[rowOf('Quá hạn') - 1][1]).toMatchObject({ result: 1 });
    expect(doc.values[rowOf('Không thông qua') - 1][1]).toMatchObject({ result: 1 });
    const overdue = doc.values[rowOf('Báo cáo 06 tháng đầu năm') - 1];
    expect(overdue).toEqual(['Báo cáo 06 tháng đầu năm', 'Văn phòng - Thống kê', null, null, { y: 2024, m: 2, d: 29 }, null, 20, null]);
  });

  it('counts by COUNTIFS over its own detail block, one row per posting, task and vote, and feedback on TH Ý kiến', () => {
    const header = rowOf('Nội dung');
    expect(doc.values[header - 1]).toEqual(['Nội dung', 'Dòng', 'Bảng', 'Phân loại', 'Kết quả', 'Công khai đúng hạn']);
    expect(doc.values.length - header).toBe(6 + 3 + 2);
    expect(doc.values[rowOf('Ngân sách') - 1][2]).toEqual({
      formula: `COUNTIFS($C$${header + 1}:$C$${header + 11},"Công khai",$D$${header + 1}:$D$${header + 11},"Ngân sách",$E$${header + 1}:$E$${header + 11},"Đạt")`,
      result: 1,
    });
    const synthesis = buildFeedbackSynthesis(SAMPLE_MODEL);
    const last = synthesis.values.length;
    expect(doc.values[rowOf(SAMPLE_MODEL.consultations[0].subject) - 1][3]).toEqual({
      formula: `COUNTIFS('TH Ý kiến'!$G$9:$G$${last},"QC-2024",'TH Ý kiến'!$H$9:$H$${last},"Đã tiếp thu")`,
      result: 1,
    });
    expect(doc.pageBreaksBefore).toEqual([rowOf('II. NHÂN DÂN BÀN VÀ QUYẾT ĐỊNH (Điều 15, Điều 21 Luật Thực hiện dân chủ ở cơ sở)'), header - 2]);
  });

  it('writes user text as text, even when it starts with "="', () => {
    const texts = doc.values.flat().filter((v): v is string => typeof v === 'string');
    expect(texts).toContain('=Dự toán ngân sách xã năm 2024');
    expect(cells.some((c) => c.formula.includes('Dự toán'))).toBe(false);
  });

  it('escapes a Mã đợt COUNTIFS would read as a pattern or an operator', () => {
    expect(criterion('Đạt')).toBe('"Đạt"');
    expect(criterion('QC*1?')).toBe('"=QC~*1~?"');
    expect(criterion('<5 "a"')).toBe('"=<5 ""a"""');
    const odd = { ...SAMPLE_MODEL, consultations: [{ ...SAMPLE_MODEL.consultations[0], id: '=QC*' }],
      feedback: SAMPLE_MODEL.feedback.map((f) => ({ ...f, consultationId: '=qc*' })) };
    const oddDoc = buildSummarySheet(odd);
    const oddEval = evaluator(oddDoc, withSynthesis(odd));
    for (const c of formulaCells(oddDoc)) expect([c.ref, oddEval(c.formula)]).toEqual([c.ref, c.result]);
    expect(summarize(odd).consultations[0].feedback.total).toBe(3);
  });

  it('asks the host for a bar chart of the rate by content group', () => {
    const chart = doc.charts![0];
    expect(chart).toMatchObject({ type: 'bar', title: CHART_TITLE });
    const [from, to] = chart.dataRange.split(':');
    expect(doc.values[Number(from.slice(1)) - 1]).toEqual(['Nhóm nội dung', 'Tỷ lệ đạt']);
    expect(Number(to.slice(1)) - Number(from.slice(1))).toBe(5);
  });

  it('still sums empty tables', () => {
    const emptyModel = { ...SAMPLE_MODEL, postings: [], tasks: [], consultations: [], feedback: [], votes: [] };
    const empty = buildSummarySheet(emptyModel);
    const ev = evaluator(empty, withSynthesis(emptyModel));
    for (const c of formulaCells(empty)) expect([c.ref, c.result]).toEqual([c.ref, ev(c.formula)]);
    expect(empty.values.flat()).toContain('Chưa có nội dung công khai nào.');
  });
});
