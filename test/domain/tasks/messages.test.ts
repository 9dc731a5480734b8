import { TASK_MESSAGES } from '../../../src/domain/tasks/messages';

const base = { title: 'Báo cáo 6 tháng', dueText: 'trước ngày 01/6/2024', due: '31/05/2024', asOf: '12/06/2024', completed: null };

describe('TASK_MESSAGES', () => {
  const cases: [string, Record<string, string | number | null>, string][] = [
    ['KH_THOI_HAN.overdue', { ...base, days: 12 },
      'Quá hạn 12 ngày: thời hạn theo kế hoạch «trước ngày 01/6/2024» (hết ngày 31/05/2024), đến ngày 12/06/2024 chưa ghi ngày hoàn thành.'],
    ['KH_THOI_HAN.overdue', { ...base, dueText: '31/05/2024', days: 12 },
      'Quá hạn 12 ngày: thời hạn theo kế hoạch hết ngày 31/05/2024, đến ngày 12/06/2024 chưa ghi ngày hoàn thành.'],
    ['KH_THOI_HAN.done-late', { ...base, completed: '03/06/2024', days: 3 },
      'Hoàn thành muộn 3 ngày: hoàn thành ngày 03/06/2024, thời hạn theo kế hoạch «trước ngày 01/6/2024» (hết ngày 31/05/2024).'],
    ['KH_THOI_HAN.due-soon', { ...base, dueText: 'trong ngày 17/6/2024', due: '17/06/2024', days: 5 },
      'Sắp đến hạn, còn 5 ngày: thời hạn theo kế hoạch «trong ngày 17/6/2024» (hết ngày 17/06/2024), chưa ghi ngày hoàn thành.'],
    ['KH_THOI_HAN.due-soon', { ...base, dueText: '12/06/2024', due: '12/06/2024', days: 0 },
      'Đến hạn hôm nay: thời hạn theo kế hoạch hết ngày 12/06/2024, chưa ghi ngày hoàn thành.'],
    ['KH_THOI_HAN.blank', { ...base, dueText: null, due: null, days: null },
      'Công việc chưa ghi thời hạn nên không theo dõi được tiến độ. Ghi một ngày (10/6/2026), «trước ngày 15/10/2024», «Quý III/2024» hoặc «Thường xuyên».'],
    ['KH_THOI_HAN.result-undated', { ...base, days: 12 },
      'Đã ghi kết quả nhưng chưa ghi ngày hoàn thành nên chưa chứng minh được công việc xong đúng hạn; trạng thái vẫn tính theo thời hạn «trước ngày 01/6/2024» (hết ngày 31/05/2024).'],
    ['KH_THOI_HAN.completed-future', { ...base, completed: '20/06/2024', days: null },
      'Ngày hoàn thành 20/06/2024 sau ngày đánh giá 12/06/2024: chưa coi là đã hoàn thành; kiểm tra lại ngày đã nhập.'],
    ['KH_THOI_HAN.no-due-column', { sheet: 'KẾ HOẠCH' },
      'Sheet «KẾ HOẠCH» không có cột «Thời hạn»: chưa kiểm tra được tiến độ các công việc.'],
  ];
  it.each(cases)('words %s', (code, params, text) => {
    expect(TASK_MESSAGES[code](params)).toBe(text);
  });

  it('words every code without a placeholder, even with no params at all', () => {
    for (const [code, make] of Object.entries(TASK_MESSAGES)) {
      expect([code, /undefined|null|\$\{/.test(make({}))]).toEqual([code, false]);
    }
  });

  it('keys every code by the task rule', () => {
    expect(Object.keys(TASK_MESSAGES).every((c) => c.startsWith('KH_THOI_HAN.'))).toBe(true);
  });
});
