import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Plans with their expected extraction, written by hand from reading each text: the four seed
 * plans (`test/fixtures/plans/`, copies of `../shared/seeds/`) and variants (other numbering, a table, missing years, two deadlines
 * in one sentence, an unreadable deadline). Shared by the tests and `bench/importPlan.bench.ts`.
 * Dates are YYYY-MM-DD; excerpts are not compared here.
 */
export interface ExpectedTask {
  section: string | null; title: string; lead: string | null; advisor: string | null; partners: string | null;
  dueText: string | null; due: string | null; start: string | null;
}
export interface ExpectedPosting {
  title: string; form: string | null; place: string | null; start: string | null; end: string | null; requiredDays: number | null;
}
export interface ExpectedConsultation { title: string; from: string | null; to: string | null }
export interface ExpectedPlan {
  plan: { number: string | null; unit: string | null; place: string | null; date: string | null; year: number | null; title: string | null };
  tasks: ExpectedTask[];
  postings: ExpectedPosting[];
  consultations: ExpectedConsultation[];
  /** Codes of the issues, in order. */
  issues: string[];
}
export interface PlanCase { name: string; text: string; expected: ExpectedPlan }

// The four seed plans (../shared/seeds/ of the project), copied so a clean clone has them.
const SEEDS = path.resolve(__dirname, '../../fixtures/plans');
const seed = (file: string) => readFileSync(path.join(SEEDS, file), 'utf8');
const task = (t: Partial<ExpectedTask> & Pick<ExpectedTask, 'title'>): ExpectedTask =>
  ({ section: null, lead: null, advisor: null, partners: null, dueText: null, due: null, start: null, ...t });

export const SEED_CASES: PlanCase[] = [
  {
    name: 'seed 000 (An Thượng, lấy ý kiến dự thảo Quy chế, 2024)',
    text: seed('000_8b80186e377644ce.txt'),
    expected: {
      plan: {
        number: '/KH-UBND', unit: 'UBND xã An Thượng', place: 'An Thượng', date: null, year: 2024,
        title: 'Tổ chức lấy ý kiến đối với dự thảo Quyết định ban hành Quy chế thực hiện dân chủ trong hoạt động của UBND xã An Thượng',
      },
      tasks: [],
      postings: [{
        title: 'Kế hoạch lấy ý kiến của các tầng lớp Nhân dân, cán bộ, công chức, viên chức, người hoạt động không chuyên trách vào dự thảo Quyết định ban hành Quy chế thực hiện dân chủ trong hoạt động của UBND xã An Thượng',
        form: 'Niêm yết',
        place: 'trụ sở Đảng ủy, Hội đồng nhân dân, Ủy ban nhân dân xã, tại nhà văn hóa và các điểm sinh hoạt cộng đồng ở 10 thôn',
        start: '2024-02-15', end: '2024-03-06', requiredDays: 20,
      }],
      consultations: [{ title: 'Tổ chức cuộc họp lấy ý kiến', from: '2024-02-26', to: '2024-02-26' }],
      issues: [],
    },
  },
  {
    name: 'seed 001 (Hưng Đạo, thực hiện dân chủ năm 2025)',
    text: seed('001_fdb1fc1fd805fa38.txt'),
    expected: {
      plan: { number: '/KH-UBND', unit: 'UBND xã Hưng Đạo', place: 'Hung Đạo', date: null, year: 2025, title: 'Thực hiện dân chủ ở cơ sở trên địa bàn xã Hưng Đạo năm 2025' },
      tasks: [
        task({
          section: 'II.1',
          title: 'Tuyên truyền, quán triệt, tổ chức triển khai các chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước về thực hiện dân chủ cơ sở',
          lead: 'Mặt trận tổ quốc, các tổ chức chính trị - xã hội ở xã; các công chức chuyên môn; các cơ quan đơn vị thuộc và trực thuộc',
          dueText: 'thường xuyên trong năm 2025',
        }),
        task({ section: 'II.2', title: 'Thực hiện dân chủ ở cơ sở', lead: 'UBND xã', dueText: 'thường xuyên trong năm 2025' }),
        task({
          section: 'II.3', title: 'Thực hiện dân chủ trong hoạt động của cơ quan nhà nước, đơn vị sự nghiệp công lập',
          lead: 'Mặt trận tổ quốc, các tổ chức chính trị - xã hội ở xã; các lĩnh vực chuyên môn; các cơ quan đơn vị thuộc và trực thuộc',
          dueText: 'thường xuyên trong năm 2025',
        }),
      ],
      postings: [],
      consultations: [],
      issues: [],
    },
  },
  {
    name: 'seed 002 (Bắc Kạn, lấy ý kiến dự thảo Quy chế, 2026)',
    text: seed('002_5f59d545d8c9dbb3.txt'),
    expected: {
      plan: {
        number: '/KH - UBND', unit: 'UBND phường Bắc Kạn', place: 'Bắc Kạn', date: null, year: 2026,
        title: 'Tổ chức lấy ý kiến đối với Dự thảo Quy chế thực hiện dân chủ trên địa bàn phường Bắc Kạn',
      },
      tasks: [
        task({ section: 'III.5', title: 'Tổng hợp kết quả lấy ý kiến', dueText: 'trước ngày 10/6/2026', due: '2026-06-09' }),
        task({
          section: 'V.4', title: 'Tổng hợp ý kiến góp ý gửi UBND phường (qua phòng Văn hoá – Xã hội) trong ngày 08/6/2026',
          lead: 'Các cơ quan, đơn vị, tổ dân phố', dueText: 'trong ngày 08/6/2026', due: '2026-06-08',
        }),
      ],
      postings: [{ title: 'Danh sách cử tri', form: 'Niêm yết', place: null, start: '2026-06-02', end: '2026-06-07', requiredDays: null }],
      consultations: [
        { title: 'Đối với các cơ quan, đơn vị trên địa bàn phường', from: '2026-06-01', to: '2026-06-05' },
        { title: 'Đối với các tổ dân phố', from: '2026-06-06', to: '2026-06-07' },
      ],
      issues: [],
    },
  },
  {
    name: 'seed 003 (Trương Quang Trọng, thực hiện Quy chế dân chủ năm 2023)',
    text: seed('003_70af00815d51f39d.txt'),
    expected: {
      plan: {
        number: null, unit: 'UBND phường Trương Quang Trọng', place: null, date: null, year: 2023,
        title: 'Thực hiện Quy chế dân chủ ở cơ sở năm 2023 trên địa bàn phường Trương Quang Trọng',
      },
      tasks: [
        task({
          section: 'III.2', title: 'Tham mưu tổng hợp, định kỳ báo cáo 06 tháng đầu năm gửi trước ngày 01/6/2023',
          lead: 'Bộ phận VHXX- VHTT', dueText: 'trước ngày 01/6/2023', due: '2023-05-31',
        }),
        task({
          section: 'III.2', title: 'Báo cáo năm gửi trước ngày 15/10/2023 về UBND phường (qua VP-TK) để tổng hợp báo cáo theo quy định',
          lead: 'Bộ phận VHXX- VHTT', dueText: 'trước ngày 15/10/2023', due: '2023-10-14',
        }),
      ],
      postings: [],
      consultations: [],
      issues: [],
    },
  },
];

/** «Phần I.», «Mục 1.», «1)»; labels on their own lines and several in one; years left out; an unreadable deadline. */
const NUMBERING = `ỦY BAN NHÂN DÂN XÃ TÂN LẬP
Số: 15/KH-UBND
Tân Lập, ngày 05 tháng 3 năm 2024

KẾ HOẠCH
Tuyên truyền, phổ biến Luật Thực hiện dân chủ ở cơ sở năm 2024

Căn cứ Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 ngày 10/11/2022;

Phần I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức của cán bộ và Nhân dân về dân chủ ở cơ sở.
Phần II. NHIỆM VỤ CỤ THỂ
Mục 1. Tổ chức hội nghị quán triệt Luật
- Cơ quan chủ trì: Văn phòng - Thống kê
- Cơ quan phối hợp: Ủy ban MTTQ xã, các đoàn thể
- Thời gian thực hiện: trước ngày 30/4
Mục 2. Biên soạn tài liệu hỏi đáp về Luật
Cơ quan tham mưu thực hiện: Công chức Tư pháp - Hộ tịch; Thời gian hoàn thành: Quý II
Mục 3. Kiểm tra việc thực hiện ở các thôn
- Chủ trì: Ban Chỉ đạo xã
- Cơ quan tham mưu thực hiện: Văn phòng - Thống kê
- Thời gian thực hiện: sớm nhất có thể
Phần III. TỔ CHỨC THỰC HIỆN
1) Văn phòng - Thống kê
Tổng hợp, báo cáo kết quả về UBND huyện trước ngày 05/9/2024 và báo cáo năm trước ngày 15/12/2024.
Trên đây là Kế hoạch tuyên truyền của UBND xã Tân Lập./.
`;

/** Tasks in a table, tab-separated as Word puts them on the clipboard; the year only in the dateline. */
export const TABLE_PLAN = `UBND XÃ HÒA PHÚ
Số: 08/KH-UBND
Hòa Phú, ngày 10 tháng 01 năm 2025
KẾ HOẠCH
Thực hiện dân chủ ở cơ sở năm 2025
I. NHIỆM VỤ
STT\tNội dung công việc\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian thực hiện
I\tCÔNG TÁC TUYÊN TRUYỀN\t\t\t
1\tTuyên truyền Luật trên hệ thống truyền thanh\tVăn hóa - Xã hội\tĐài truyền thanh xã\tThường xuyên
2\tTổ chức hội nghị đối thoại với Nhân dân\tVăn phòng HĐND và UBND\tUB MTTQ xã\tQuý III/2025
3\tBáo cáo sơ kết 6 tháng\tVăn phòng HĐND và UBND\t\ttrước ngày 15/6
4\tLấy ý kiến Nhân dân về dự thảo hương ước\tCông chức Tư pháp\tCác thôn\tTừ ngày 01/8/2025 đến hết ngày 31/8/2025
II. CÔNG KHAI
Niêm yết công khai dự toán ngân sách năm 2025 tại trụ sở UBND xã ít nhất 30 ngày liên tục, từ ngày 05/01/2025 đến hết ngày 04/02/2025.
Đăng tải kế hoạch trên Cổng thông tin điện tử xã từ ngày 15/01/2025.
`;

/** No year anywhere: a deadline without one cannot be read, and says so. */
const NO_YEAR = `KẾ HOẠCH
Kiểm tra việc thực hiện quy chế dân chủ ở các thôn

1. Kiểm tra tại các thôn
Đơn vị chủ trì: Ban Thanh tra nhân dân
Thời gian thực hiện: trước ngày 15/10
2. Lấy ý kiến Nhân dân về kết quả kiểm tra
Tổ chức lấy ý kiến tại nhà văn hóa các thôn từ ngày 20/10/2024 đến hết ngày 30/10/2024.
`;

export const VARIANT_CASES: PlanCase[] = [
  {
    name: 'variant: «Phần», «Mục», «1)» numbering, inline labels, years left out, two deadlines in one sentence',
    text: NUMBERING,
    expected: {
      plan: { number: '15/KH-UBND', unit: 'ỦY BAN NHÂN DÂN XÃ TÂN LẬP', place: 'Tân Lập', date: '2024-03-05', year: 2024, title: 'Tuyên truyền, phổ biến Luật Thực hiện dân chủ ở cơ sở năm 2024' },
      tasks: [
        task({ section: 'II.1', title: 'Tổ chức hội nghị quán triệt Luật', lead: 'Văn phòng - Thống kê', partners: 'Ủy ban MTTQ xã, các đoàn thể', dueText: 'trước ngày 30/4', due: '2024-04-29' }),
        task({ section: 'II.2', title: 'Biên soạn tài liệu hỏi đáp về Luật', lead: 'Công chức Tư pháp - Hộ tịch', dueText: 'Quý II', due: '2024-06-30' }),
        task({ section: 'II.3', title: 'Kiểm tra việc thực hiện ở các thôn', lead: 'Ban Chỉ đạo xã', advisor: 'Văn phòng - Thống kê', dueText: 'sớm nhất có thể' }),
        task({ section: 'III.1', title: 'Tổng hợp, báo cáo kết quả về UBND huyện trước ngày 05/9/2024', lead: 'Văn phòng - Thống kê', dueText: 'trước ngày 05/9/2024', due: '2024-09-04' }),
        task({ section: 'III.1', title: 'Báo cáo năm trước ngày 15/12/2024', lead: 'Văn phòng - Thống kê', dueText: 'trước ngày 15/12/2024', due: '2024-12-14' }),
      ],
      postings: [],
      consultations: [],
      issues: ['deadline-unreadable'],
    },
  },
  {
    name: 'variant: tasks in a table, a posting window and a posting start',
    text: TABLE_PLAN,
    expected: {
      plan: { number: '08/KH-UBND', unit: 'UBND XÃ HÒA PHÚ', place: 'Hòa Phú', date: '2025-01-10', year: 2025, title: 'Thực hiện dân chủ ở cơ sở năm 2025' },
      tasks: [
        task({ section: '1', title: 'Tuyên truyền Luật trên hệ thống truyền thanh', lead: 'Văn hóa - Xã hội', partners: 'Đài truyền thanh xã', dueText: 'Thường xuyên' }),
        task({ section: '2', title: 'Tổ chức hội nghị đối thoại với Nhân dân', lead: 'Văn phòng HĐND và UBND', partners: 'UB MTTQ xã', dueText: 'Quý III/2025', due: '2025-09-30' }),
        task({ section: '3', title: 'Báo cáo sơ kết 6 tháng', lead: 'Văn phòng HĐND và UBND', dueText: 'trước ngày 15/6', due: '2025-06-14' }),
        task({ section: '4', title: 'Lấy ý kiến Nhân dân về dự thảo hương ước', lead: 'Công chức Tư pháp', partners: 'Các thôn', dueText: 'Từ ngày 01/8/2025 đến hết ngày 31/8/2025', due: '2025-08-31', start: '2025-08-01' }),
      ],
      postings: [
        { title: 'Dự toán ngân sách năm 2025', form: 'Niêm yết', place: 'trụ sở UBND xã', start: '2025-01-05', end: '2025-02-04', requiredDays: 30 },
        { title: 'Kế hoạch', form: 'Trang thông tin điện tử', place: 'Cổng thông tin điện tử xã', start: '2025-01-15', end: null, requiredDays: null },
      ],
      consultations: [],
      issues: [],
    },
  },
  {
    name: 'variant: no year anywhere',
    text: NO_YEAR,
    expected: {
      plan: { number: null, unit: null, place: null, date: null, year: null, title: 'Kiểm tra việc thực hiện quy chế dân chủ ở các thôn' },
      tasks: [task({ section: '1', title: 'Kiểm tra tại các thôn', lead: 'Ban Thanh tra nhân dân', dueText: 'trước ngày 15/10' })],
      postings: [],
      consultations: [{ title: 'Lấy ý kiến Nhân dân về kết quả kiểm tra', from: '2024-10-20', to: '2024-10-30' }],
      issues: ['plan-no-year', 'deadline-needs-year'],
    },
  },
];

export const ALL_CASES: PlanCase[] = [...SEED_CASES, ...VARIANT_CASES];
