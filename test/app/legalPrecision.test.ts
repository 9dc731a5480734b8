import ExcelJS from 'exceljs';
import { checkWorkbook, type CheckRun } from '../../src/app/check/check';
import { buildReportModel } from '../../src/app/report/model';
import { summarize } from '../../src/report/summaryData';
import { publicitySection } from '../../src/report/reportPublicity';
import { openWorkbookFile } from '../../src/workbook/file/host';

// Issue 14: the legal-precision cases through a real .xlsx and the whole check, each with its article.
const today = { y: 2025, m: 9, d: 30 };
const AMENDED = 'Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15, được sửa đổi, bổ sung bởi Luật số 47/2024/QH15 và Luật số 97/2025/QH15';

async function workbook(level: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Thông tin').addRows([['Tên đơn vị', 'UBND xã An Thượng'], ['Cấp', level], ['Năm báo cáo', 2025], ['Ngày đánh giá', '30/09/2025']]);
  wb.addWorksheet('Công khai').addRows([
    ['STT', 'Nội dung công khai', 'Nhóm nội dung', 'Ngày văn bản', 'Hình thức', 'Ngày bắt đầu', 'Ngày kết thúc', 'Số ngày yêu cầu'],
    [1, 'Kế hoạch lấy ý kiến dự thảo quy chế', 'Lấy ý kiến', null, 'Niêm yết', '01/08/2025', '21/08/2025', 20],
    [2, 'Thông báo lịch tiếp dân', 'Khác', null, 'Niêm yết', '01/08/2025', '05/08/2025', null],
    [3, 'Thông báo không ghi nhóm', null, null, 'Niêm yết', '01/08/2025', '21/08/2025', null],
    [4, 'Quy chế dân chủ xã', 'Quy chế dân chủ', null, 'Niêm yết', '01/07/2025', null, null],
    [5, 'Dự toán điều chỉnh', 'Ngân sách', '30/06/2025', 'Niêm yết', '01/07/2025', '10/07/2025', null],
    [6, 'Quyết toán', 'Ngân sách', '01/07/2025', 'Niêm yết', '02/07/2025', '12/07/2025', null],
  ]);
  wb.addWorksheet('Kế hoạch').addRows([
    ['STT', 'Nội dung công việc', 'Thời hạn', 'Ngày hoàn thành'],
    [1, 'Báo cáo sơ kết', 'chậm nhất ngày 30/8/2025', '03/09/2025'],
    [2, 'Lễ Giỗ Tổ', 'ngày 10/3 âm lịch', '07/04/2025'],
    [3, 'Tuyên truyền', 'Quý III, IV/2025', null],
    [4, 'Chuẩn bị kỳ họp', 'thượng tuần tháng 6/2025', '12/06/2025'],
  ]);
  wb.addWorksheet('Biểu quyết').addRows([
    ['Nội dung', 'Loại việc', 'Thôn, tổ dân phố', 'Hình thức', 'Ngày', 'Tổng số hộ', 'Số hộ tham gia', 'Số hộ tán thành', 'Ngày gửi UBND xã'],
    ['Hương ước thôn 1', 'Hương ước', 'Thôn 1', 'Trực tuyến', '11/08/2025', 120, 100, 90, '12/08/2025'],
  ]);
  wb.addWorksheet('Lấy ý kiến').addRows([
    ['Mã đợt', 'Nội dung lấy ý kiến', 'Từ ngày', 'Đến ngày', 'Ngày công khai kết quả'],
    ['QC', 'Dự thảo quy chế', '01/08/2025', '11/08/2025', '15/08/2025'],
  ]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const finding = (run: CheckRun, sheet: string, row: number, rule: string) =>
  run.report.findings.find((f) => f.sheet === sheet && f.row === row && f.rule === rule)?.message ?? '';

describe('legal precision on a real workbook (issue 14)', () => {
  let commune: CheckRun;
  beforeAll(async () => {
    commune = await checkWorkbook(await openWorkbookFile(await workbook('xã'), 'xa.xlsx'), { today });
  });

  it('judges a k11 posting against Điều 13 khoản 2’s 30 days whatever «Số ngày yêu cầu» says', () => {
    expect(commune.report.postings[0]).toMatchObject({ row: 2, status: 'short', days: 20, requiredDays: 30 });
    expect(finding(commune, 'Công khai', 2, 'CK_NIEM_YET')).toContain('thấp hơn mức luật định nên vẫn áp dụng 30 ngày');
  });
  it('sets «Khác» (Điều 11 khoản 14) no minimum and a blank group the assumed 30 days of Điều 13 khoản 2', () => {
    expect(commune.report.postings.map((p) => [p.row, p.status, p.requiredDays]).slice(1, 3)).toEqual([[3, 'no-requirement', null], [4, 'short', 30]]);
    expect(finding(commune, 'Công khai', 4, 'CK_NIEM_YET')).toContain('chưa ghi «Nhóm nội dung»: áp dụng mức chung 30 ngày');
  });
  it('reports a blank group as unknown, apart from «Khác» (Điều 11 khoản 14), last and with no khoản', () => {
    const model = buildReportModel(commune);
    expect(model.postings.map((p) => [p.row, p.group, p.clause])).toEqual([
      [2, 'Lấy ý kiến', 11], [3, 'Khác', 14], [4, 'Chưa ghi nhóm nội dung', null], [5, 'Quy chế dân chủ', 4], [6, 'Ngân sách', 2], [7, 'Ngân sách', 2],
    ]);
    expect(summarize(model).groups.map((g) => [g.label, g.clause, g.total])).toEqual([
      ['Ngân sách', 2, 2], ['Quy chế dân chủ', 4, 1], ['Lấy ý kiến', 11, 1], ['Khác', 14, 1], ['Chưa ghi nhóm nội dung', null, 1],
    ]);
    const table = publicitySection(model).find((b) => b.kind === 'table');
    expect(table && table.kind === 'table' ? table.rows.map((r) => r[1]) : []).toEqual([
      'Ngân sách (khoản 2)', 'Quy chế dân chủ (khoản 4)', 'Lấy ý kiến (khoản 11)', 'Khác (khoản 14)', 'Chưa ghi nhóm nội dung',
    ]);
  });
  it('posts Điều 11 khoản 4 permanently with no length and no «null» (Điều 13 khoản 2)', () => {
    expect(commune.report.postings[3]).toMatchObject({ row: 5, status: 'permanent', days: null, requiredDays: null });
    expect(commune.report.findings.every((f) => !/\bnull\b|undefined/.test(f.message))).toBe(true);
  });
  it('cites the Law as amended for a decision from 01/07/2025 and as enacted before (Luật 97/2025/QH15)', () => {
    expect(finding(commune, 'Công khai', 6, 'CK_NIEM_YET')).toContain('Luật 10/2022/QH15, Điều 13 khoản 2 yêu cầu');
    expect(finding(commune, 'Công khai', 7, 'CK_NIEM_YET')).toContain(`${AMENDED}, Điều 13 khoản 2 yêu cầu`);
  });
  it('reads plan phrases to the day and ends a deadline on a day off on the next working day (Bộ luật Dân sự 2015, Điều 146, 148 khoản 5)', () => {
    expect(commune.report.tasks.map((t) => [t.row, t.status, t.due])).toEqual([
      [2, 'done-on-time', '2025-08-30'], // Saturday, then Quốc khánh 30/8–2/9: the limit ends on Wednesday 03/9
      [3, 'done-on-time', '2025-04-07'], // 10/3 âm lịch Ất Tỵ
      [4, 'open', '2025-12-31'], // Quý III, IV/2025
      [5, 'done-late', '2025-06-10'], // thượng tuần = days 1–10
    ]);
  });
  it('does not recognise an online vote on a hương ước (Điều 17 khoản 2; Điều 22 khoản 1 điểm b)', () => {
    expect(commune.report.findings.find((f) => f.rule === 'BQ_HINH_THUC')).toMatchObject({ sheet: 'Biểu quyết', row: 2, severity: 'error' });
  });
  it('holds a commune to Điều 28 khoản 2’s 20 days and an agency to none without Quy định', async () => {
    expect(commune.report.consultations[0]).toMatchObject({ status: 'short' });
    const agency = await checkWorkbook(await openWorkbookFile(await workbook('cơ quan'), 'cq.xlsx'), { today });
    expect(agency.report.consultations[0]).toMatchObject({ status: 'met' });
    expect(agency.report.findings.filter((f) => f.sheet === 'Lấy ý kiến' && f.rule === 'YK_THOI_GIAN')).toEqual([]);
  });
});
