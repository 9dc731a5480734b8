import { VOTE_MESSAGES } from '../../../src/domain/votes/messages';

describe('VOTE_MESSAGES', () => {
  it('words every code without a placeholder, even with generic parameters', () => {
    for (const [code, make] of Object.entries(VOTE_MESSAGES)) {
      const text = make({ value: 'v', sheet: 's', column: 'c', accepted: 'a' });
      expect([code, /undefined|null|\$\{/.test(text)]).toEqual([code, false]);
    }
  });

  it('cites an article in every message', () => {
    for (const [code, make] of Object.entries(VOTE_MESSAGES)) expect([code, make({ basis: 'Luật 10/2022/QH15, Điều 21 khoản 1' })]).toEqual([code, expect.stringMatching(/Điều \d+/)]);
  });

  it('reads a missing number as «…»', () => {
    expect(VOTE_MESSAGES['BQ_GUI_QUYET_DINH.late']({ date: '26/04/2024', sent: '09/05/2024', lateDays: null })).toBe(
      'Gửi UBND xã muộn: biểu quyết ngày 26/04/2024, gửi ngày 09/05/2024, hạn chậm nhất ngày … (… ngày làm việc kể từ ngày biểu quyết, …).');
  });
});
