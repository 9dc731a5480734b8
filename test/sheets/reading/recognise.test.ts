import type { CellValue, SheetGrid } from '../../../src/sheets/grid';
import { matchHeader } from '../../../src/sheets/reading/headerMatch';
import { recogniseWorkbook } from '../../../src/sheets/reading/recognise';
import { unitOf } from '../../../src/sheets/reading/facts';

/** A sheet typed from row 1, column 1 (rows may be ragged). */
function sheet(name: string, rows: CellValue[][]): SheetGrid {
  const width = Math.max(1, ...rows.map((r) => r.length));
  return { name, firstRow: 1, firstColumn: 1, values: rows.map((r) => [...r, ...Array(width - r.length).fill(null)]), tables: [] };
}

describe('headers by their words', () => {
  it.each([
    ['postings', 'Ngày bắt đầu niêm yết', 'start'],
    ['postings', 'Thời gian bắt đầu', 'start'],
    ['postings', 'Ngày hết hạn niêm yết', 'end'],
    ['postings', 'Ngày gỡ niêm yết', 'end'],
    ['postings', 'Nội dung niêm yết', 'title'],
    ['postings', 'Tên tài liệu niêm yết', 'title'],
    ['postings', 'Thời gian niêm yết', 'period'],
    ['votes', 'Tổng số hộ trong thôn', 'households'],
    ['votes', 'Số hộ tham dự', 'participants'],
    ['votes', 'Số hộ nhất trí', 'agree'],
    ['plan', 'Thời gian hoàn thành', 'due'],
    ['plan', 'Ngày hoàn thành thực tế', 'completed'],
    ['plan', 'Đơn vị thực hiện', 'lead'],
    ['feedback', 'Ý kiến trả lời của UBND xã', 'response'],
    ['feedback', 'Họ và tên', 'author'],
  ] as const)('%s: «%s» is %s', (kind, header, key) => {
    expect(matchHeader(kind, header)[0]?.key).toBe(key);
  });

  it('is sure of the template\'s own headers and less sure of other words around an alias', () => {
    expect(matchHeader('postings', 'Ngày kết thúc')[0]).toEqual({ key: 'end', confidence: 1, from: 'exact' });
    expect(matchHeader('postings', 'Ngày kết thúc đợt niêm yết thứ hai')[0].confidence).toBeLessThan(0.95);
  });

  it('only proposes a weak match: «Số ngày niêm yết» may be the days posted, not the days required', () => {
    const [m] = matchHeader('postings', 'Số ngày niêm yết');
    expect(m.key).toBe('requiredDays');
    expect(m.confidence).toBeLessThan(0.7);
  });

  it('never reads a start in a header that says the end, or households in one that counts those present', () => {
    expect(matchHeader('postings', 'Ngày kết thúc niêm yết')[0].key).toBe('end');
    expect(matchHeader('votes', 'Số hộ tham gia')[0].key).toBe('participants');
  });
});

describe('recogniseWorkbook: tables found by content, on any sheet', () => {
  const book = [
    sheet('Trang tính1', [
      ['ỦY BAN NHÂN DÂN', null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      ['PHƯỜNG HÒA CƯỜNG', null, null, 'Độc lập - Tự do - Hạnh phúc'],
      [],
      ['BẢNG THEO DÕI LẤY Ý KIẾN NHÂN DÂN NĂM 2025'],
      ['TT', 'Nội dung xin ý kiến', 'Thời gian lấy ý kiến', 'Hạn tổng hợp', 'Ghi chú'],
      [1, 'Dự thảo Quy chế dân chủ phường', 'Từ 03/03/2025 đến 24/03/2025', '31/03/2025', null],
      [],
      ['II. Ý KIẾN NHÂN DÂN'],
      ['STT', 'Đợt', 'Người góp ý', 'Nội dung góp ý', 'Hướng xử lý'],
      [1, 1, 'Ông C', 'Đề nghị rõ hơn Điều 4', 'Đã tiếp thu'],
      ['Tổng số: 01 ý kiến'],
      [null, null, null, 'Hòa Cường, ngày 31 tháng 12 năm 2025'],
      [null, null, null, 'TM. ỦY BAN NHÂN DÂN'],
      [null, null, null, 'Lê Văn F'],
    ]),
    sheet('Danh bạ', [['Họ và tên', 'Số điện thoại'], ['Nguyễn Văn A', '0912']]),
  ];
  const reading = recogniseWorkbook(book);

  it('finds two tables on one sheet, each with its header row and rows, and the kinds not found', () => {
    expect(reading.tables.map((t) => [t.kind, t.sheet, t.headerRows, t.firstDataRow, t.lastRow])).toEqual([
      ['consultations', 'Trang tính1', [5], 6, 8],
      ['feedback', 'Trang tính1', [9], 10, 11],
    ]);
    expect(reading.notFound).toEqual(['info', 'plan', 'postings', 'votes', 'daysOff', 'rules']);
    expect(reading.otherSheets).toEqual(['Danh bạ']);
  });

  it('passes over a section heading, a total line and the signature block', () => {
    expect(reading.tables[0].ignored.map((i) => [i.row, i.why])).toEqual([[8, 'section']]);
    expect(reading.tables[1].ignored.map((i) => [i.row, i.why])).toEqual([[11, 'totals'], [12, 'signature'], [13, 'signature'], [14, 'signature']]);
  });

  it('lists the columns it does not know, and takes the consultation\'s number and period', () => {
    const columns = reading.tables[0].columns.map((c) => [c.header, c.key, c.status]);
    expect(columns).toEqual([
      ['TT', 'index', 'taken'], ['Nội dung xin ý kiến', 'subject', 'taken'], ['Thời gian lấy ý kiến', 'period', 'taken'],
      ['Hạn tổng hợp', 'synthesisDue', 'taken'], ['Ghi chú', null, 'unknown'],
    ]);
  });

  it('reads the unit from a title block split over two rows, beside the national motto, and the year from the title', () => {
    expect(reading.facts.map((f) => [f.key, f.value, f.from.row])).toEqual([['unit', 'UBND phường Hòa Cường', 1], ['level', 'ward', 1], ['year', 2025, 4]]);
  });

  it('reads the same title facts beside a paragraph of 30,000 characters, which it does not take for a title line', () => {
    const long = `Ghi chú: ${'Ủy ban nhân dân phường niêm yết công khai năm 2024. '.repeat(600)}`;
    const withNote = [sheet('Trang tính1', [[...book[0].values[0], long], ...book[0].values.slice(1).map((row) => [...row])]), book[1]];
    expect(recogniseWorkbook(withNote).facts.map((f) => [f.key, f.value, f.from.row])).toEqual([['unit', 'UBND phường Hòa Cường', 1], ['level', 'ward', 1], ['year', 2025, 4]]);
  });
});

describe('unitOf: a unit from one line of a title block', () => {
  it.each([
    ['UBND XÃ AN THƯỢNG', 'UBND xã An Thượng'],
    ['ỦY BAN NHÂN DÂN XÃ AN THƯỢNG', 'UBND xã An Thượng'],
    ['Đơn vị: UBND phường Hòa Cường', 'UBND phường Hòa Cường'],
    ['UBND ĐẶC KHU CÔN ĐẢO', 'UBND đặc khu Côn Đảo'],
  ])('«%s» → %s', (line, unit) => {
    expect(unitOf(line)?.unit).toBe(unit);
  });

  it('is nothing for a line that names no unit', () => {
    expect(unitOf('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBeNull();
  });
});

describe('a bare «Thời gian» column', () => {
  it('is the period when the table has no start and no end column', () => {
    const g = sheet('Niêm yết', [
      ['STT', 'Nội dung công khai', 'Thời gian (từ ngày – đến ngày)', 'Nơi niêm yết'],
      [1, 'Dự toán ngân sách xã năm 2025', '02/01/2025 - 10/02/2025', 'Trụ sở UBND xã'],
    ]);
    const [t] = recogniseWorkbook([g]).tables;
    expect(t.columns.map((c) => [c.key, c.status])).toEqual([['index', 'taken'], ['title', 'taken'], ['period', 'taken'], ['place', 'taken']]);
  });

  it('is only proposed beside a start column', () => {
    const g = sheet('Niêm yết', [
      ['STT', 'Nội dung công khai', 'Ngày bắt đầu', 'Thời gian', 'Nơi niêm yết'],
      [1, 'Dự toán ngân sách xã năm 2025', '02/01/2025', '30 ngày', 'Trụ sở UBND xã'],
    ]);
    const [t] = recogniseWorkbook([g]).tables;
    expect(t.columns.find((c) => c.header === 'Thời gian')?.status).toBe('proposed');
  });
});
