import { assembleConsolidation } from '../../src/app/consolidate/assemble';
import type { FileOutcome } from '../../src/app/consolidate/file';
import { buildDetailSheet } from '../../src/report/consolidatedFindingsSheet';
import type { UnitSummary } from '../../src/report/consolidatedModel';
import { buildConsolidatedContent } from '../../src/report/consolidatedReport';
import { COLUMNS, buildUnitsSheet } from '../../src/report/consolidatedUnitsSheet';
import { columnLetter, type FormulaValue } from '../../src/report/document';
import { officeUnit } from '../../src/app/consolidate/write';
import { evaluator } from './formulaEval';

const postings = (met: number, permanent: number, short: number) => ({
  met, permanent, short, ongoing: 1, planned: 0, 'no-requirement': 2, 'missing-data': 0, invalid: 0,
});
const tasks = { 'done-on-time': 3, 'done-late': 1, overdue: 2, 'due-soon': 0, open: 1, 'no-deadline': 0, invalid: 0 };
const unit = (file: string, name: string, p: UnitSummary['postings'], pending = 1): FileOutcome => ({
  kind: 'unit',
  summary: {
    file, unit: name, year: 2025, asOf: '2025-06-30', postings: p, latePublications: 1, tasks, consultations: 2,
    feedback: { total: 10, accepted: 5, partlyAccepted: 2, explained: 2, pending }, votes: { passed: 1, failed: 0 }, inputErrors: 1, findings: 3,
  },
  findings: [
    { unit: name, file, sheet: 'Công khai', row: 5, rule: 'CK_NIEM_YET', severity: 'error', message: '=Chưa đủ 30 ngày' },
    { unit: name, file, sheet: 'Công khai', row: 7, rule: 'date-invalid', severity: 'warning', message: 'Ngày không hợp lệ' },
  ],
});

const c = assembleConsolidation([
  unit('b.xlsx', 'UBND xã Bình Minh', postings(8, 1, 1)),
  unit('a.xlsx', 'UBND xã An Thượng', postings(2, 0, 2), 0),
  unit('a2.xlsx', 'UBND xã Cẩm Yên', postings(5, 0, 5)),
  unit('a3.xlsx', 'ubnd xa cam yen', postings(1, 0, 0)),
  { kind: 'failed', file: 'cu.xls', reason: 'Tệp «cu.xls» là tệp .xls cũ; hãy lưu lại dưới dạng .xlsx' },
], ['UBND xã An Thượng', 'UBND xã Bình Minh', 'UBND xã Đông Anh'], 'name');

describe('TH Đơn vị', () => {
  const doc = buildUnitsSheet(c, { order: 'name', asOf: { y: 2025, m: 6, d: 30 } });
  const evaluate = evaluator(doc);
  const col = (header: string) => COLUMNS.findIndex((x) => x.header === header);

  it('lists the counted units by name, then a totals row of SUM formulas equal to the totals', () => {
    expect(doc.values.slice(4, 6).map((r) => r[1])).toEqual(['UBND xã An Thượng', 'UBND xã Bình Minh']);
    const total = doc.values[6];
    expect(total[0]).toBe('Tổng cộng');
    const met = total[col('Đạt')] as FormulaValue;
    expect(met.formula).toBe(`SUM(${columnLetter(col('Đạt') + 1)}5:${columnLetter(col('Đạt') + 1)}6)`);
    expect(evaluate(met.formula)).toBe(10);
    expect(met.result).toBe(c.totals.postings.met);
    expect((total[col('Số ý kiến')] as FormulaValue).result).toBe(20);
    expect((total[col('Chưa xử lý')] as FormulaValue).result).toBe(1);
  });

  it('computes rates by formula, with their results and colour scales from red through yellow to green', () => {
    const rate = doc.values[4][col('Tỷ lệ đạt')] as FormulaValue;
    expect(rate.formula).toMatch(/^IF\(/);
    expect(rate.result).toBe(0.5);
    expect((doc.values[6][col('Tỷ lệ đạt')] as FormulaValue).result).toBeCloseTo(11 / 14);
    expect(doc.colorScales).toHaveLength(2);
    expect(doc.colorScales![0]).toMatchObject({ min: { value: 0 }, max: { value: 1, color: '#63BE7B' } });
  });

  it('lists the conflicting units below the totals, the unusable files and the missing units', () => {
    const texts = doc.values.flat().filter((v): v is string => typeof v === 'string');
    expect(texts.some((t) => t.startsWith('Đơn vị có từ hai tệp trở lên'))).toBe(true);
    expect(texts).toContain('ubnd xa cam yen');
    expect(texts).toContain('Tệp «cu.xls» là tệp .xls cũ; hãy lưu lại dưới dạng .xlsx');
    expect(texts).toContain('UBND xã Đông Anh');
  });

  it('draws the compliance chart from a block of formulas over the table', () => {
    expect(doc.charts).toHaveLength(1);
    expect(doc.charts![0]).toMatchObject({ type: 'bar', dataRange: expect.stringMatching(/^AB4:AC6$/) });
    expect((doc.values[4][27] as FormulaValue).formula).toBe('B5');
  });

  // Issue 16: the path and the chart's helper columns printed the table at 44 %; 12 pt must print at 9 pt or more.
  it('prints without «Tệp» and the helper columns, at 95 % over two pages with STT and Đơn vị repeated', () => {
    expect(COLUMNS[COLUMNS.length - 1].header).toBe('Tệp');
    expect(doc.pageSetup).toMatchObject({
      orientation: 'landscape', paper: 'A4', fitToWidth: false, scale: 95, printTitleRows: [3, 4], printTitleColumns: [1, 2],
      printArea: `A1:${columnLetter(COLUMNS.length - 1)}${doc.values.length}`, pageNumbers: 'top-center',
    });
    expect(12 * 0.95).toBeGreaterThanOrEqual(9);
  });

  it('sorts by compliance when the office asks', () => {
    const byRate = buildUnitsSheet(assembleConsolidation([unit('a.xlsx', 'A', postings(1, 0, 3)), unit('b.xlsx', 'B', postings(3, 0, 1))], null, 'compliance'),
      { order: 'compliance', asOf: null });
    expect(byRate.values.slice(4, 6).map((r) => r[1])).toEqual(['B', 'A']);
  });
});

describe('TH Chi tiết', () => {
  const doc = buildDetailSheet(c.findings);
  it('has one filterable line per finding, user text as text', () => {
    expect(doc.values[2]).toEqual(['Đơn vị', 'Sheet', 'Dòng', 'Mã quy tắc', 'Mức độ', 'Nội dung']);
    expect(doc.values).toHaveLength(3 + c.findings.length);
    expect(doc.values[3]).toEqual(['UBND xã An Thượng', 'Công khai', 5, 'CK_NIEM_YET', 'Lỗi', '=Chưa đủ 30 ngày']);
    expect(doc.autoFilter).toBe(`A3:F${2 + doc.values.length - 2}`);
  });
});

describe('Báo cáo tổng hợp', () => {
  it('says how many units were consolidated, which were not, and ends with the per-unit table', () => {
    const content = buildConsolidatedContent({ office: officeUnit(null, { y: 2025, m: 7, d: 5 }), date: { y: 2025, m: 7, d: 5 }, consolidation: c });
    const text = content.sections.flatMap((s) => s.blocks).map((b) => (b.kind === 'paragraph' ? b.text : '')).join('\n');
    expect(content.subject).toBe('Tổng hợp kết quả thực hiện dân chủ ở cơ sở năm 2025 của các đơn vị');
    expect(text).toContain('tổng hợp được số liệu của 2 đơn vị');
    expect(text).toContain('UBND xã Đông Anh');
    expect(text).toContain('cu.xls');
    const table = content.sections[1].blocks.find((b) => b.kind === 'table')!;
    expect(table.kind === 'table' && table.rows.map((r) => r[1])).toEqual(['UBND xã An Thượng', 'UBND xã Bình Minh']);
    expect(table.kind === 'table' && table.total?.[2]).toBe(20);
    expect(content.header.issuer).toBe('[TÊN CƠ QUAN TỔNG HỢP]');
  });

  // Issue 16: without the office's «Thông tin» the report was dated today, «số liệu tính đến» today, and «/BC-UBND».
  it('leaves the date to the office when none was given, says the units’ as-of date, and no BC-UBND under a placeholder', () => {
    const date = { y: 2025, m: 7, d: 5 };
    const content = buildConsolidatedContent({ office: officeUnit(null, date), date, dated: false, consolidation: c });
    expect(content.header.dateline).toBe('……, ngày …… tháng …… năm ……');
    expect(content.header.number).toBe('Số:      /BC-……');
    expect(content.intro[0].text).toContain('(số liệu tính đến ngày 30/06/2025)');
    const phong = { ...officeUnit(null, date), name: 'Phòng Nội vụ', parent: 'UBND huyện Hoài Đức', reportSymbol: 'BC-PNV' };
    const dated = buildConsolidatedContent({ office: phong, date, dated: true, consolidation: c });
    expect(dated.header).toMatchObject({ parent: 'UBND HUYỆN HOÀI ĐỨC', number: 'Số:      /BC-PNV', dateline: '……, ngày 05 tháng 7 năm 2025' });
    const ubnd = buildConsolidatedContent({ office: { ...phong, name: 'UBND tỉnh Hà Tĩnh', parent: 'Bộ Nội vụ' }, date, consolidation: c });
    expect(ubnd.header.parent).toBeNull();
    expect(ubnd.recipients.lines[0]).toBe('- Bộ Nội vụ;');
  });
});
