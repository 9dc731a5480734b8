import { parseDuration, parseDurations, type Duration } from '../../../src/domain/calendar/duration';

/** `30 day ≥ continuous from "ngày niêm yết"` */
function summarize(d: Duration | null): string {
  if (!d) return 'none';
  const bound = d.bound === 'at-least' ? ' ≥' : d.bound === 'at-most' ? ' ≤' : '';
  return `${d.amount} ${d.unit}${bound}${d.continuous ? ' continuous' : ''}${d.from ? ` from "${d.from}"` : ''}`;
}

// The durations of the seed plans (/work/shared/seeds), seed file in the comment.
describe('parseDuration', () => {
  it.each([
    // 000
    ['niêm yết ít nhất là 20 ngày liên tục, kể từ ngày niêm yết công khai nội dung lấy ý kiến', '20 day ≥ continuous from "ngày niêm yết công khai nội dung lấy ý kiến"'],
    ['Niêm yết tại trụ sở Đảng ủy ở 10 thôn ít nhất 30 ngày.', '30 day ≥'],
    ['tổ chức niêm yết thông tin ít nhất là 20 ngày liên tục, kể từ ngày 15/02/2024 đến hết ngày 06/03/2024', '20 day ≥ continuous from "ngày 15/02/2024 đến hết ngày 06/03/2024"'],
    // 001
    ['chậm nhất 05 ngày làm việc kể từ ngày có quyết định, văn bản của cơ quan có thẩm quyền', '5 working-day ≤ from "ngày có quyết định"'],
    ['Thời gian niêm yết thông tin ít nhất 30 ngày liên tục kể từ ngày niêm yết, trừ trường hợp pháp luật có quy định khác', '30 day ≥ continuous from "ngày niêm yết"'],
    ['được công khai trên hệ thống truyền thanh của cấp xã trong thời hạn ít nhất 03 ngày liên tục.', '3 day ≥ continuous'],
    ['phải được công khai chậm nhất là 05 ngày làm việc kể từ ngày có quyết định', '5 working-day ≤ from "ngày có quyết định"'],
    ['ít nhất là 20 ngày liên tục kể từ ngày bắt đầu đăng tin hoặc gửi thông tin', '20 day ≥ continuous from "ngày bắt đầu đăng tin hoặc gửi thông tin"'],
    // variants
    ['IT NHAT 30 NGAY LIEN TUC', '30 day ≥ continuous'],
    ['trong vòng 2 tuần', '2 week ≤'],
    ['không quá 3 tháng', '3 month ≤'],
    ['10 ngày', '10 day'],
    // not durations
    ['6 tháng đầu năm 2023', 'none'],
    ['ngày 15/02/2024', 'none'],
    ['Thường xuyên', 'none'],
  ])('reads %j as %s', (text, expected) => {
    expect(summarize(parseDuration(text))).toBe(expected);
  });

  it('quotes the words of the duration as typed', () => {
    expect(parseDuration('Niêm yết ít nhất 30 ngày liên tục kể từ ngày niêm yết.')?.phrase)
      .toBe('ít nhất 30 ngày liên tục kể từ ngày niêm yết');
  });

  it('lists every duration of a sentence', () => {
    const text = 'đăng tải ít nhất là 20 ngày liên tục; công khai chậm nhất 05 ngày làm việc kể từ ngày có quyết định';
    expect(parseDurations(text).map(summarize)).toEqual(['20 day ≥ continuous', '5 working-day ≤ from "ngày có quyết định"']);
  });
});
