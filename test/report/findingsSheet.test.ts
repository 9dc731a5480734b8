import { buildFindingsSheet, FINDINGS_SHEET, type FindingLine } from '../../src/report/findingsSheet';

const line = (p: Partial<FindingLine>): FindingLine => ({
  sheet: 'Công khai', row: 7, title: 'Dự toán ngân sách', rule: 'CK_NIEM_YET', verdict: 'Đạt', severity: 'ok', explanation: 'Đạt: …', ...p,
});

describe('buildFindingsSheet', () => {
  const doc = buildFindingsSheet('UBND xã An Thượng', { y: 2024, m: 3, d: 20 }, [
    line({ severity: 'error', verdict: 'Chưa đủ thời gian', title: '=HYPERLINK("http://x","bấm")' }),
    line({ row: null, severity: 'warning', rule: 'sheet-missing', title: '' }),
    line({ row: 9, sheet: "Sheet 'A'" }),
  ], 'Công khai: 3 dòng');

  it('owns a sheet it replaces on every run, titled with the unit and the as-of date', () => {
    expect(doc).toMatchObject({ name: FINDINGS_SHEET, ifExists: 'replace', freeze: { rows: 4, columns: 0 }, autoFilter: 'A4:G7' });
    expect(doc.values[1][0]).toBe('Đơn vị: UBND xã An Thượng — Ngày đánh giá: 20/03/2024');
    expect(doc.values[3]).toEqual(['STT', 'Sheet', 'Dòng', 'Nội dung', 'Quy định', 'Kết luận', 'Giải thích']);
  });

  it('keeps user text as text, even when it looks like a formula', () => {
    expect(doc.values[4][3]).toBe('=HYPERLINK("http://x","bấm")');
  });

  it('links each row number to the row it judges, quoting sheet names', () => {
    expect(doc.values[4][2]).toEqual({ formula: `HYPERLINK("#'Công khai'!A7",7)`, result: 7 });
    expect(doc.values[5][2]).toBeNull();
    expect(doc.values[6][2]).toEqual({ formula: `HYPERLINK("#'Sheet ''A'''!A9",9)`, result: 9 });
  });

  it('colours verdicts by severity, one range per run', () => {
    const fills = (doc.formats ?? []).filter((f) => f.fill && f.range.startsWith('F'));
    expect(fills).toEqual([{ range: 'F5:F5', fill: '#F8CBAD' }, { range: 'F6:F6', fill: '#FFE699' }]);
  });

  it('prints on A4 landscape with the header row repeated', () => {
    expect(doc.pageSetup).toMatchObject({ paper: 'A4', orientation: 'landscape', printTitleRows: [4, 4], fitToWidth: true });
  });
});
