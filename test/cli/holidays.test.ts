import { runCli } from './runCli';

describe('dccs holidays', () => {
  it('prints the JSON of SCHEMA.md for an official year', async () => {
    const { code, out, err } = await runCli('holidays', '2025', '--json');
    expect([code, err]).toEqual([0, '']);
    const json = JSON.parse(out);
    expect(Object.keys(json)).toEqual(['year', 'tet', 'hungKings', 'daysOff', 'makeUpWorkdays', 'source', 'provisional']);
    expect(json.provisional).toBe(false);
    expect(json).toMatchObject({ year: 2025, tet: '2025-01-29', hungKings: '2025-04-07' });
    expect(json.daysOff.map((d: { date: string }) => d.date)).toEqual([
      '2025-01-01', '2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31',
      '2025-04-07', '2025-04-30', '2025-05-01', '2025-05-02', '2025-09-01', '2025-09-02',
    ]);
    expect(json.makeUpWorkdays).toEqual([{ date: '2025-04-26', name: 'Làm bù cho ngày nghỉ 02/5' }]);
    expect(json.source).toContain('VPCP-KGVX');
  });

  it('computes any other year 1900–2199 and says so', async () => {
    for (const year of ['1900', '1985', '2199']) {
      const { code, out } = await runCli('holidays', year, '--json');
      expect(code).toBe(0);
      expect(JSON.parse(out)).toMatchObject({ year: Number(year), source: 'computed', makeUpWorkdays: [], provisional: true });
    }
    expect(JSON.parse((await runCli('holidays', '1985', '--json')).out).tet).toBe('1985-01-21');
  });

  it('marks 2027, a year with no official notice, «dự kiến» in the title and on every row (RULES.md, corrections)', async () => {
    const { code, out } = await runCli('holidays', '2027');
    expect(code).toBe(0);
    expect(out).toContain('Ngày nghỉ lễ, Tết năm 2027 (dự kiến: chưa có thông báo chính thức của Thủ tướng Chính phủ)');
    expect(out).toMatch(/Thứ Sáu 01\/01\/2027\s+Nghỉ\s+Tết Dương lịch \(dự kiến\)/);
    expect((await runCli('holidays', '2026')).out).not.toContain('dự kiến');
  });

  it('prints a readable Vietnamese table without --json', async () => {
    const { code, out } = await runCli('holidays', '2024');
    expect(code).toBe(0);
    expect(out).toContain('Ngày nghỉ lễ, Tết năm 2024');
    expect(out).toContain('Tết Nguyên đán (mùng 1 tháng Giêng): Thứ Bảy 10/02/2024');
    expect(out).toContain('Giỗ Tổ Hùng Vương (10/3 âm lịch): Thứ Năm 18/04/2024');
    expect(out).toMatch(/Thứ Bảy 04\/05\/2024\s+Làm bù\s+Làm bù cho ngày nghỉ 29\/4/);
    expect(out).toContain('12 ngày nghỉ trong tuần, 1 ngày làm bù');
    expect((await runCli('holidays', '2030')).out).toContain('tính theo Bộ luật Lao động 2019');
  });

  it.each([['1899'], ['2200'], ['20x5'], ['12025']])('refuses the year %s with exit 2 and a Vietnamese message', async (year) => {
    const { code, out, err } = await runCli('holidays', year);
    expect([code, out]).toEqual([2, '']);
    expect(err).toContain('Năm không hợp lệ');
    expect(err).toContain('1900 đến 2199');
  });

  it('asks for exactly one year', async () => {
    const { code, err } = await runCli('holidays');
    expect(code).toBe(2);
    expect(err).toContain('cần đúng một năm');
  });
});
