import { parseDeadline, parseDeadlineCell, parseDeadlines, type DeadlineResult } from '../../../src/domain/calendar/deadline';
import { formatIso } from '../../../src/domain/calendar/localDate';

/** A result in one line: `due 2024-09-04`, `due 2024-03-06 from 2024-02-15`, `start …`, `none ongoing`, `error code`. */
function summarize(r: DeadlineResult): string {
  switch (r.kind) {
    case 'due': return `due ${formatIso(r.due)}${r.start ? ` from ${formatIso(r.start)}` : ''}`;
    case 'start': return `start ${formatIso(r.start)}`;
    case 'none': return `none ${r.reason}`;
    default: return `error ${r.code}`;
  }
}

type Row = readonly [phrase: string, reportYear: number | null, expected: string];

const run = (rows: readonly Row[]) =>
  it.each(rows)('reads %j (report year %p) as %s', (phrase, reportYear, expected) => {
    expect(summarize(parseDeadline(phrase, { reportYear }))).toBe(expected);
  });

describe('parseDeadline: SCHEMA.md, "Counting"', () => {
  run([
    ['10/6/2026', null, 'due 2026-06-10'],
    ['chậm nhất ngày 10/6/2026', null, 'due 2026-06-10'],
    ['trong ngày 08/6/2026', null, 'due 2026-06-08'],
    ['đến hết ngày 06/03/2024', null, 'due 2024-03-06'],
    ['trước ngày 05/9/2024', null, 'due 2024-09-04'],
    ['trước tháng 4/2024', null, 'due 2024-03-31'],
    ['tháng 4/2024', null, 'due 2024-04-30'],
    ['trong tháng 4 năm 2024', null, 'due 2024-04-30'],
    ['Quý III/2024', null, 'due 2024-09-30'],
    ['quý 3 năm 2024', null, 'due 2024-09-30'],
    ['6 tháng đầu năm 2023', null, 'due 2023-06-30'],
    ['đầu tháng 5/2024', null, 'due 2024-05-01'],
    ['giữa tháng 5/2024', null, 'due 2024-05-15'],
    ['cuối tháng 5/2024', null, 'due 2024-05-31'],
    ['giữa năm 2024', null, 'due 2024-06-30'],
    ['kỳ họp định kỳ giữa năm 2024', null, 'due 2024-06-30'],
    ['cuối năm 2024', null, 'due 2024-12-31'],
    ['năm 2024', null, 'due 2024-12-31'],
    ['Hằng năm, trước ngày 01 tháng 11', 2025, 'due 2025-10-31'],
    ['trước ngày 15/10', 2024, 'due 2024-10-14'],
    ['Từ Quý III năm 2024', null, 'start 2024-07-01'],
    ['Thường xuyên', 2025, 'none ongoing'],
    ['Thường xuyên trong năm 2025', 2025, 'none ongoing'],
    ['Định kỳ và khi có yêu cầu', 2025, 'none periodic'],
    ['Theo kế hoạch của UBND huyện', 2025, 'none per-plan'],
    ['Theo kế hoạch …', null, 'none per-plan'],
  ]);
});

// Every date, duration and deadline phrase of the four seed plans in /work/shared/seeds, as a
// `Thời hạn` cell would hold it. Seed file in the comment.
describe('parseDeadline: the seed plans', () => {
  run([
    // 000 (An Thượng, 2024)
    ['ngày tháng 02 năm 2024', 2024, 'error deadline-incomplete'],
    ['Căn cứ Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ', 2024, 'error deadline-unreadable'],
    ['ngày 14/8/2023', null, 'due 2023-08-14'],
    ['ngày 06/4/2023', null, 'due 2023-04-06'],
    ['ngày 18/01/2024', null, 'due 2024-01-18'],
    ['Sau khi kết thúc thời gian niêm yết kế hoạch lấy ý kiến (niêm yết ít nhất là 20 ngày liên tục, kể từ ngày niêm yết công khai nội dung lấy ý kiến)', 2024, 'error deadline-relative'],
    ['ít nhất 30 ngày', 2024, 'error deadline-relative'],
    ['tổ chức niêm yết thông tin ít nhất là 20 ngày liên tục, kể từ ngày 15/02/2024 đến hết ngày 06/03/2024', 2024, 'due 2024-03-06 from 2024-02-15'],
    ['từ ngày 15/02/2024 đến hết ngày 06/03/2024', null, 'due 2024-03-06 from 2024-02-15'],
    ['UBND xã An Thượng tổ chức cuộc họp cơ quan lấy ý kiến vào ngày 26/02/2024', null, 'due 2024-02-26'],
    // 001 (Hưng Đạo, 2025)
    ['ngày tháng 02 năm 2025', 2025, 'error deadline-incomplete'],
    ['Kế hoạch số 49/KH-UBND, ngày 10/02/2025 của Ủy ban nhân dân huyện Bình Gia', 2025, 'error deadline-unreadable'],
    ['Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 ngày 10/11/2022, có hiệu lực từ ngày 01/7/2023', null, 'start 2023-07-01'],
    ['thường xuyên trong năm 2025', 2025, 'none ongoing'],
    ['Thời gian thực hiện: thường xuyên trong năm 2025.', null, 'none ongoing'],
    ['chậm nhất 05 ngày làm việc kể từ ngày có quyết định, văn bản của cơ quan có thẩm quyền về nội dung cần công khai', 2025, 'error deadline-relative'],
    ['chậm nhất là 05 ngày làm việc kể từ ngày có quyết định', 2025, 'error deadline-relative'],
    ['ít nhất 30 ngày liên tục kể từ ngày niêm yết', 2025, 'error deadline-relative'],
    ['trong thời hạn ít nhất 03 ngày liên tục', 2025, 'error deadline-relative'],
    ['ít nhất là 20 ngày liên tục kể từ ngày bắt đầu đăng tin hoặc gửi thông tin', 2025, 'error deadline-relative'],
    ['mỗi năm một lần', 2025, 'none periodic'],
    ['niêm yết thường xuyên tại trụ sở UBND xã', 2025, 'none ongoing'],
    ['ngày 07/01/2016', null, 'due 2016-01-07'],
    ['ngày 23/7/2024', null, 'due 2024-07-23'],
    ['ngày 13/6/2016', null, 'due 2016-06-13'],
    // 002 (Bắc Kạn, 2026)
    ['ngày tháng 6 năm 2026', 2026, 'error deadline-incomplete'],
    ['ngày 14 tháng 8 năm 2023', null, 'due 2023-08-14'],
    ['Nghị quyết số 180/NQ-HĐND ngày 15/5/2026', 2026, 'error deadline-unreadable'],
    ['Thực hiện lấy ý kiến từ ngày 01/6/2026 đến hết ngày 05/6/2026.', null, 'due 2026-06-05 from 2026-06-01'],
    ['Tổ chức lấy ý kiến Nhân dân ngày 06/6/2026 hoặc ngày 07/6/2026.', null, 'due 2026-06-07 from 2026-06-06'],
    ['Niêm yết danh sách cử tri: Từ ngày 02/6/2026 đến hết ngày 07/6/2026.', null, 'due 2026-06-07 from 2026-06-02'],
    ['Tổ chức việc lấy ý kiến cử tri: Từ ngày 06/6/2026 đến ngày 07/6/2026.', null, 'due 2026-06-07 from 2026-06-06'],
    ['Thời hạn hoàn thành: trước ngày 10/6/2026.', null, 'due 2026-06-09'],
    ['Tổng hợp ý kiến góp ý gửi UBND phường (qua phòng Văn hoá – Xã hội) trong ngày 08/6/2026.', null, 'due 2026-06-08'],
    // 003 (Trương Quang Trọng, 2023)
    ['Kế hoạch số 52/KH-UBND ngày 14/3/2023 của UBND thành phố Quảng Ngãi', 2023, 'error deadline-unreadable'],
    ['Theo Kế hoạch số 52/KH-UBND ngày 14/3/2023 của UBND thành phố Quảng Ngãi', 2023, 'none per-plan'],
    ['Định kỳ thực hiện chế độ báo cáo hàng tháng, quý, 6 tháng, 9 tháng, năm', 2023, 'none periodic'],
    ['định kỳ báo cáo 06 tháng đầu năm gửi **trước ngày 01/6/2023**, báo cáo năm gửi **trước ngày 15/10/2023** về UBND phường', null, 'due 2023-05-31'],
    ['06 tháng đầu năm', 2023, 'due 2023-06-30'],
    ['Thường xuyên cập nhật thông tin phản ánh, kiến nghị', 2023, 'none ongoing'],
    ['tham mưu bố trí kinh phí trong dự toán kinh phí hàng năm của cơ quan', 2023, 'none periodic'],
  ]);

  it('lists both deadlines of seed 003 in reading order, with the words that set them', () => {
    const all = parseDeadlines(
      'định kỳ báo cáo 06 tháng đầu năm gửi **trước ngày 01/6/2023**, báo cáo năm gửi **trước ngày 15/10/2023** về UBND phường',
      { reportYear: null },
    );
    expect(all.map(summarize)).toEqual(['due 2023-05-31', 'due 2023-10-14']);
    expect(all.map((r) => r.phrase)).toEqual(['trước ngày 01/6/2023', 'trước ngày 15/10/2023']);
  });
});

describe('parseDeadline: spelling variants', () => {
  run([
    ['TRƯỚC NGÀY 05/9/2024', null, 'due 2024-09-04'],
    ['truoc ngay 05/9/2024', null, 'due 2024-09-04'],
    ['  trước   ngày\n05 / 9 / 2024  ', null, 'due 2024-09-04'],
    ['trước ngày 05/9/2024'.normalize('NFD'), null, 'due 2024-09-04'],
    ['trước\u00a0ngày\u00a005/9/2024', null, 'due 2024-09-04'],
    ['Chậm nhất là vào ngày 10/6/2026', null, 'due 2026-06-10'],
    ['Hạn: 10/6/2026', null, 'due 2026-06-10'],
    ['10.6.2026', null, 'due 2026-06-10'],
    ['10-06-2026', null, 'due 2026-06-10'],
    ['2026-06-10', null, 'due 2026-06-10'],
    ['10/6/26', null, 'due 2026-06-10'],
    ['ngày 15 tháng 02 năm 2024', null, 'due 2024-02-15'],
    ['Ngay 15 thang 2, nam 2024', null, 'due 2024-02-15'],
    ['TRƯỚC THÁNG 4-2024', null, 'due 2024-03-31'],
    ['trước quý III/2024', null, 'due 2024-06-30'],
    ['trước năm 2025', null, 'due 2024-12-31'],
    ['4/2024', null, 'due 2024-04-30'],
    ['Tháng 12', 2024, 'due 2024-12-31'],
    ['quy iii/2024', null, 'due 2024-09-30'],
    ['QUÝ  IV / 2024', null, 'due 2024-12-31'],
    ['Quý I năm 2025', null, 'due 2025-03-31'],
    ['quý 2/24', null, 'due 2024-06-30'],
    ['Quý III', 2024, 'due 2024-09-30'],
    ['6 tháng cuối năm 2024', null, 'due 2024-12-31'],
    ['6 tháng cuối năm', 2024, 'due 2024-12-31'],
    ['9 tháng đầu năm 2024', null, 'due 2024-09-30'],
    ['nửa đầu năm 2024', null, 'due 2024-06-30'],
    ['cuối tháng 2/2024', null, 'due 2024-02-29'],
    ['cuoi thang 2 nam 2023', null, 'due 2023-02-28'],
    ['Giữa tháng 5', 2024, 'due 2024-05-15'],
    ['đầu năm 2024', null, 'due 2024-01-01'],
    ['giữa năm', 2024, 'due 2024-06-30'],
    ['Cuối năm', 2025, 'due 2025-12-31'],
    ['hết năm 2024', null, 'due 2024-12-31'],
    ['hàng năm, trước ngày 01 tháng 11', 2024, 'due 2024-10-31'],
    ['hằng năm trước 01/11', 2024, 'due 2024-10-31'],
    ['trước ngày 15/10.', 2024, 'due 2024-10-14'],
    ['trước ngày 01/01/2025', null, 'due 2024-12-31'],
    ['trước ngày 01/3/2024', null, 'due 2024-02-29'],
    ['sau ngày 10/6/2026', null, 'start 2026-06-11'],
    ['bắt đầu từ tháng 7/2024', null, 'start 2024-07-01'],
    ['từ Quý III năm 2024 đến hết năm 2024', null, 'due 2024-12-31 from 2024-07-01'],
    ['từ ngày 15/02 đến hết ngày 06/03/2024', null, 'due 2024-03-06 from 2024-02-15'],
    ['từ 15/12 đến 15/01/2025', null, 'due 2025-01-15 from 2024-12-15'],
    ['15/02/2024 - 06/03/2024', null, 'due 2024-03-06 from 2024-02-15'],
    ['15/02 - 06/03/2024', null, 'due 2024-03-06 from 2024-02-15'],
    ['15/10', 2024, 'due 2024-10-15'],
    ['từ tháng 4 đến tháng 6/2024', null, 'due 2024-06-30 from 2024-04-01'],
    ['tháng 4/2024, chậm nhất ngày 20/4/2024', null, 'due 2024-04-20'],
    ['Định kỳ hằng quý', 2024, 'none periodic'],
    ['Khi có yêu cầu', 2024, 'none periodic'],
    ['theo quy định', 2024, 'none per-plan'],
    ['Theo chỉ đạo của UBND huyện', 2024, 'none per-plan'],
  ]);
});

// Issue 14, item 5: phrases the hand-worked examination found read later than written (the seed plans'
// wording of quarters and months, and the lunar dates of local plans): read right or refused.
describe('parseDeadline: never later than written (Bộ luật Dân sự 2015, Điều 146; lunar dates in the Vietnamese calendar)', () => {
  run([
    // A point of a quarter, as Điều 146 khoản 2 reads a point of a month: đầu = first day, cuối = last.
    ['đầu quý II/2025', null, 'due 2025-04-01'],
    ['cuối quý II/2025', null, 'due 2025-06-30'],
    ['trước đầu quý III năm 2025', null, 'due 2025-06-30'],
    ['giữa quý II/2025', null, 'error deadline-unreadable'],
    // A tuần of a month is ten days: thượng 1–10, trung 11–20, hạ 21 to the end.
    ['thượng tuần tháng 6/2025', null, 'due 2025-06-10'],
    ['trung tuần tháng 6', 2025, 'due 2025-06-20'],
    ['hạ tuần tháng 6/2025', null, 'due 2025-06-30'],
    ['hạ tuần tháng 2/2024', null, 'due 2024-02-29'],
    ['từ thượng tuần tháng 6/2025', null, 'start 2025-06-01'],
    // Lunar dates (Giỗ Tổ 2025 is 07/4/2025; tháng 3 Ất Tỵ runs 29/3–27/4/2025; Tết Ất Tỵ is 29/01/2025).
    ['ngày 10/3 âm lịch', 2025, 'due 2025-04-07'],
    ['ngày 10/3 âm lịch năm 2025', null, 'due 2025-04-07'],
    ['ngày 10 tháng 3 âm lịch', 2025, 'due 2025-04-07'],
    ['mùng 10/3 (âm lịch)', 2025, 'due 2025-04-07'],
    ['trước ngày 10/3 âm lịch', 2025, 'due 2025-04-06'],
    ['tháng 3 âm lịch', 2025, 'due 2025-04-27'],
    ['trong tháng Giêng năm 2026', null, 'due 2026-03-18'],
    ['rằm tháng 7 âm lịch', 2025, 'due 2025-09-06'],
    // Without a year, the lunar date that falls in the report year: tháng Chạp of a 2025 plan is Giáp Thìn's.
    ['ngày 23/12 âm lịch', 2025, 'due 2025-01-22'],
    ['ngày 23/12 âm lịch năm 2025', null, 'due 2026-02-10'],
    ['trong tháng Chạp', 2025, 'due 2025-01-28'],
    ['ngày 1/11 âm lịch', 2025, 'due 2025-12-20'],
    ['trước Tết Nguyên đán 2025', null, 'due 2025-01-28'],
    ['trước Tết Nguyên đán', 2026, 'due 2026-02-16'],
    ['trước Tết Dương lịch 2026', null, 'due 2025-12-31'],
    ['ngày 10/3 âm lịch', null, 'error deadline-needs-year'],
    ['ngày 30/2 âm lịch', 2025, 'error deadline-lunar-impossible'],
    ['chuẩn bị đón Tết', 2025, 'error deadline-unreadable'],
    // A list of quarters runs from the first one's start to the last one's end, in the year typed.
    ['Quý III, IV/2025', null, 'due 2025-12-31'],
    ['trong Quý III, IV/2025', 2024, 'due 2025-12-31'],
    ['Quý I và II năm 2025', null, 'due 2025-06-30'],
    ['từ Quý III, IV/2025', null, 'start 2025-07-01'],
    // Across a year each item has its own: still from the first start to the last end, never the first item alone.
    ['Quý IV/2025 và Quý I/2026', null, 'due 2026-03-31'],
    ['Quý III/2025, Quý IV/2025 và Quý I/2026', null, 'due 2026-03-31'],
    ['tháng 12/2025, tháng 1/2026', null, 'due 2026-01-31'],
  ]);
});

describe('parseDeadline: input errors quote the phrase', () => {
  run([
    ['31/02/2024', null, 'error deadline-impossible'],
    ['trước ngày 31/02/2024', null, 'error deadline-impossible'],
    ['29/02/2023', null, 'error deadline-impossible'],
    ['15/13/2024', null, 'error deadline-impossible-month'],
    ['tháng 13/2024', null, 'error deadline-impossible-month'],
    ['15 tháng đầu năm 2024', null, 'error deadline-impossible-month'],
    ['trước ngày 15/10', null, 'error deadline-needs-year'],
    ['Hằng năm, trước ngày 01 tháng 11', null, 'error deadline-needs-year'],
    ['Quý III', null, 'error deadline-needs-year'],
    ['10/6/1850', null, 'error deadline-year-range'],
    ['năm 2300', null, 'error deadline-year-range'],
    ['từ ngày 10/6/2026 đến ngày 01/6/2026', null, 'error deadline-range-reversed'],
    ['trước ngày 01/6/2023 và ngày 31/02/2023', null, 'error deadline-impossible'],
    ['sớm', 2024, 'error deadline-unreadable'],
    ['ASAP', 2024, 'error deadline-unreadable'],
    ['quý V/2024', 2024, 'error deadline-unreadable'],
    ['cuối tháng', 2024, 'error deadline-unreadable'],
    ['đã xong', 2024, 'error deadline-unreadable'],
    ['tuần đầu tháng 6/2024', 2024, 'error deadline-unreadable'], // not `đầu tháng 6` (Điều 146 says nothing of weeks)
    ['10 ngày cuối năm 2024', 2024, 'error deadline-unreadable'],
    ['đạt 2/3 số hộ', 2024, 'error deadline-unreadable'], // a fraction, not 2 March
    ['trước khi trình HĐND', 2024, 'error deadline-unreadable'],
  ]);

  it('quotes the whole phrase, as typed, in an error', () => {
    expect(parseDeadline('  Sớm nhất có thể ', { reportYear: 2024 })).toEqual({
      kind: 'error', code: 'deadline-unreadable', phrase: 'Sớm nhất có thể',
    });
    expect(parseDeadline('31/02/2024', { reportYear: null })).toEqual({
      kind: 'error', code: 'deadline-impossible', phrase: '31/02/2024', params: { day: 31, month: 2, year: 2024 },
    });
  });

  it('says a blank cell has no phrase, and leaves the verdict to the caller', () => {
    expect(parseDeadline('  ', { reportYear: 2024 })).toEqual({ kind: 'none', reason: 'blank', phrase: '' });
  });
});

describe('parseDeadline: the phrase it quotes', () => {
  it.each([
    ['Thời hạn hoàn thành: trước ngày 10/6/2026.', 'trước ngày 10/6/2026'],
    ['trước ngày 05/9/2024'.normalize('NFD'), 'trước ngày 05/9/2024'],
    ['Niêm yết: Từ ngày 02/6/2026 đến hết ngày 07/6/2026.', 'Từ ngày 02/6/2026 đến hết ngày 07/6/2026'],
    ['gửi **trước ngày 01/6/2023**', 'trước ngày 01/6/2023'],
    ['Thường xuyên trong năm 2025 ', 'Thường xuyên trong năm 2025'],
  ])('quotes %j as %j', (text, phrase) => {
    expect(parseDeadline(text, { reportYear: 2025 }).phrase).toBe(phrase);
  });
});

describe('parseDeadlineCell', () => {
  it('takes a day the host read as a date as the due day', () => {
    expect(parseDeadlineCell({ y: 2026, m: 6, d: 10 }, { reportYear: null }))
      .toEqual({ kind: 'due', due: { y: 2026, m: 6, d: 10 }, start: null, phrase: '10/06/2026' });
  });
  it('refuses an impossible day object', () => {
    expect(summarize(parseDeadlineCell({ y: 2024, m: 2, d: 30 }, { reportYear: null }))).toBe('error deadline-impossible');
  });
  it('reads text like parseDeadline', () => {
    expect(summarize(parseDeadlineCell('Quý III/2024', { reportYear: null }))).toBe('due 2024-09-30');
  });
});
