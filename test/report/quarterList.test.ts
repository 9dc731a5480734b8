import type { ReportModel, ReportPosting } from '../../src/report/model';
import { agencyName, dateline, signingLines } from '../../src/report/officialBlocks';
import {
  buildQuarterList, QUARTER_LIST_SHEET, QUARTER_LIST_TITLE, quarterLabel, quarterLines, quarterOf, quarterRange,
} from '../../src/report/quarterList';
import { SAMPLE_MODEL } from './sampleModel';

const d = (y: number, m: number, day: number) => ({ y, m, d: day });
const HEADER_ROW = 8;
const tableRows = (doc: ReturnType<typeof buildQuarterList>) =>
  doc.values.slice(HEADER_ROW).filter((r) => typeof r[0] === 'number');

describe('quarters', () => {
  it('finds the quarter of a day, its first and last day and its Roman label', () => {
    expect(quarterOf(d(2024, 3, 31))).toEqual({ year: 2024, quarter: 1 });
    expect(quarterOf(d(2024, 4, 1))).toEqual({ year: 2024, quarter: 2 });
    expect(quarterOf(d(2025, 12, 31))).toEqual({ year: 2025, quarter: 4 });
    expect(quarterRange({ year: 2024, quarter: 1 })).toEqual({ from: d(2024, 1, 1), to: d(2024, 3, 31) });
    expect(quarterRange({ year: 2023, quarter: 3 }).to).toEqual(d(2023, 9, 30));
    expect([1, 2, 3, 4].map((q) => quarterLabel({ year: 2024, quarter: q as 1 }))).toEqual(
      ['Quý I năm 2024', 'Quý II năm 2024', 'Quý III năm 2024', 'Quý IV năm 2024']);
  });
});

describe('quarterLines', () => {
  const posting = (p: Partial<ReportPosting>): ReportPosting => ({ ...SAMPLE_MODEL.postings[0], ...p });

  it('lists postings that began by the quarter end and had not ended before it began', () => {
    const lines = quarterLines([
      posting({ row: 10, title: 'Cuối quý trước, sang quý này', start: d(2024, 3, 20), end: d(2024, 4, 19) }),
      posting({ row: 11, title: 'Hết trước quý', start: d(2024, 2, 1), end: d(2024, 3, 31) }),
      posting({ row: 12, title: 'Quý sau', start: d(2024, 7, 1), end: d(2024, 7, 31) }),
      posting({ row: 13, title: 'Thường xuyên', start: d(2023, 5, 1), end: null, status: 'permanent' }),
      posting({ row: 14, title: 'Không có ngày bắt đầu', start: null, end: null }),
    ], { year: 2024, quarter: 2 }, d(2024, 12, 31));
    expect(lines.map((l) => l.title)).toEqual(['Thường xuyên', 'Cuối quý trước, sang quý này']);
  });

  it('leaves out what has not begun by the as-of date: the list is of contents already publicised', () => {
    const lines = quarterLines(SAMPLE_MODEL.postings, { year: 2024, quarter: 2 }, d(2024, 3, 20));
    expect(lines).toEqual([expect.objectContaining({ title: 'Thủ tục hành chính thuộc thẩm quyền UBND xã' })]);
    expect(quarterLines(SAMPLE_MODEL.postings, { year: 2024, quarter: 2 }, d(2024, 4, 2)).map((l) => l.places))
      .toEqual([['Bộ phận một cửa'], ['Trụ sở UBND xã']]);
  });

  it('makes one line of a content posted the same way on the same days at several places', () => {
    const lines = quarterLines(SAMPLE_MODEL.postings, { year: 2024, quarter: 1 }, SAMPLE_MODEL.date);
    expect(lines.find((l) => l.title.startsWith('Kế hoạch'))?.places).toEqual(['Trụ sở UBND xã', 'Nhà văn hóa 10 thôn']);
  });
});

describe('buildQuarterList on the sample', () => {
  const doc = buildQuarterList(SAMPLE_MODEL, { year: 2024, quarter: 1 });

  it('is an owned sheet titled with the quarter in Roman numerals, updated to the as-of date', () => {
    expect(doc).toMatchObject({ name: QUARTER_LIST_SHEET, owner: 'ds-cong-khai', ifExists: 'replace' });
    expect(doc.values[4][0]).toBe(QUARTER_LIST_TITLE);
    expect(doc.values[5][0]).toBe('Quý I năm 2024 (cập nhật đến ngày 20/03/2024)');
    expect(buildQuarterList({ ...SAMPLE_MODEL, date: d(2024, 4, 3) }, { year: 2024, quarter: 1 }).values[5][0]).toBe('Quý I năm 2024');
  });

  it('carries the Nghị định 30 header: unit written out in capitals, national title and motto', () => {
    expect(doc.values[0][0]).toBeNull(); // no parent line above a UBND (ND 30, Phụ lục I)
    expect(doc.values[1][0]).toBe('ỦY BAN NHÂN DÂN XÃ AN THƯỢNG');
    expect(doc.values[0][3]).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(doc.values[1][3]).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(doc.values[HEADER_ROW - 1]).toEqual(['STT', 'Nội dung công khai', 'Nhóm nội dung', 'Hình thức', 'Địa điểm', 'Từ ngày', 'Đến ngày']);
  });

  it('lists the quarter’s postings by start date; a permanent one ends «Thường xuyên»; formula-like titles stay text', () => {
    expect(tableRows(doc)).toEqual([
      [1, 'Thủ tục hành chính thuộc thẩm quyền UBND xã', 'Thủ tục hành chính', 'Niêm yết', 'Bộ phận một cửa', d(2024, 1, 2), 'Thường xuyên'],
      [2, '=Dự toán ngân sách xã năm 2024', 'Ngân sách', 'Niêm yết', 'Trụ sở UBND xã', d(2024, 1, 3), d(2024, 2, 5)],
      [3, 'Kế hoạch lấy ý kiến dự thảo Quy chế', 'Lấy ý kiến', 'Niêm yết', 'Trụ sở UBND xã; Nhà văn hóa 10 thôn', d(2024, 2, 15), d(2024, 3, 6)],
      [4, 'Danh sách hộ nghèo năm 2024', 'An sinh xã hội', 'Truyền thanh', 'Các thôn', d(2024, 3, 11), d(2024, 3, 12)],
    ]);
    expect(doc.formats).toContainEqual(expect.objectContaining({ range: 'F9:G12', numberFormat: 'dd/mm/yyyy' }));
  });

  it('ends dated and signed, with where it is posted', () => {
    const text = doc.values.flat().filter((v) => typeof v === 'string');
    expect(text).toEqual(expect.arrayContaining([
      'An Thượng, ngày 20 tháng 3 năm 2024', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Văn Minh', 'Nơi nhận:', '- Lưu: VT.',
    ]));
  });

  it('prints on A4 landscape, fitted to width, the table header repeated', () => {
    expect(doc.pageSetup).toMatchObject({ paper: 'A4', orientation: 'landscape', fitToWidth: true, printTitleRows: [8, 8] });
  });

  it('says so when nothing was publicised in the quarter', () => {
    const empty = buildQuarterList(SAMPLE_MODEL, { year: 2023, quarter: 4 });
    expect(tableRows(empty)).toEqual([]);
    expect(empty.values[HEADER_ROW][0]).toBe('Trong quý IV năm 2023 chưa có nội dung nào được công khai.');
  });
});

describe('the Nghị định 30 pieces', () => {
  const unit = SAMPLE_MODEL.unit;

  it('writes the dateline with leading zeros for days below 10 and months 1–2 only', () => {
    expect(dateline('An Thượng', d(2024, 3, 5))).toBe('An Thượng, ngày 05 tháng 3 năm 2024');
    expect(dateline('An Thượng', d(2024, 2, 15))).toBe('An Thượng, ngày 15 tháng 02 năm 2024');
    expect(dateline(null, d(2024, 12, 31))).toBe('……, ngày 31 tháng 12 năm 2024');
  });

  it('writes UBND out in the unit’s name and signs for the body or on behalf of the chair', () => {
    expect(agencyName('UBND phường Bắc Kạn')).toBe('ỦY BAN NHÂN DÂN PHƯỜNG BẮC KẠN');
    expect(signingLines(unit)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']);
    expect(signingLines({ ...unit, signAuthority: 'KT', signerTitle: 'Phó Chủ tịch' })).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
    expect(signingLines({ ...unit, signAuthority: null })).toEqual(['CHỦ TỊCH']);
  });

  it('keeps a model without parent agency, place or signer printable', () => {
    const bare: ReportModel = { ...SAMPLE_MODEL, unit: { ...unit, parent: null, place: null, signer: null } };
    const doc = buildQuarterList(bare, { year: 2024, quarter: 1 });
    expect(doc.values[0][0]).toBeNull();
    expect(doc.values.flat()).toContain('……, ngày 20 tháng 3 năm 2024');
  });
});
