import path from 'node:path';
import { checkWorkbook } from '../../src/app/check/check';
import { buildReportModel } from '../../src/app/report/model';
import { openWorkbookPath } from '../../src/workbook/file/hostNode';

const SAMPLE = path.join(__dirname, '..', '..', 'assets', 'so-theo-doi-mau.xlsx');

describe('buildReportModel on the sample', () => {
  it('joins the verdicts with the fields the reports need', async () => {
    const model = buildReportModel(await checkWorkbook(await openWorkbookPath(SAMPLE), { today: { y: 2024, m: 3, d: 20 } }));
    expect(model.unit).toMatchObject({ name: 'UBND xã An Thượng', level: 'xã', kind: 'commune', parent: 'UBND huyện Hoài Đức', place: 'An Thượng',
      year: 2024, asOf: { y: 2024, m: 3, d: 20 }, signer: 'Nguyễn Văn Minh', signAuthority: 'TM', reportSymbol: 'BC-UBND' });
    expect(model.postings[0]).toMatchObject({ row: 2, group: 'Lấy ý kiến', clause: 11, form: 'Niêm yết', place: 'Trụ sở Đảng ủy, HĐND, UBND xã', status: 'short', statusLabel: 'Chưa đủ thời gian' }); // 20 days of a k11 content: Điều 13 khoản 2 asks 30
    expect(model.postings.find((p) => p.row === 5)).toMatchObject({ form: 'Trang thông tin điện tử', status: 'no-requirement' });
    expect(model.tasks[0]).toMatchObject({ lead: 'Văn phòng - Thống kê', status: 'done-on-time' });
    expect(model.feedback.map((f) => [f.row, f.consultationId, f.position, f.decision])).toEqual([
      [2, 'QC-2024', 'Điều 5', 'accepted'], [3, 'QC-2024', 'Điều 9', 'explained'], [4, 'QC-2024', 'Điều 3', null],
    ]);
    expect(model.feedback[2].content.startsWith('=')).toBe(true); // user text kept as typed
    expect(model.votes.map((v) => [v.kind, v.area, v.passed])).toEqual([['Đóng góp, thu chi', 'Thôn 5', true], ['Bầu, cho thôi', 'Thôn 2', false]]);
    expect(model.findings.every((f) => f.message.length > 10)).toBe(true);
    expect(model.inputErrors).toBe(2); // the impossible date, and row 2's 20 days below Điều 13 khoản 2's 30
  });
});
