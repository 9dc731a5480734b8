import { formatIso } from '../../src/domain/calendar/localDate';
import { daysOffRows } from '../../src/report/daysOffSheet';
import { buildTemplate } from '../../src/report/templateSheets';
import { DAYS_OFF_SHEET } from '../../src/sheets/schema';

const show = (rows: ReturnType<typeof daysOffRows>) =>
  rows.map(([date, name, kind]) => `${formatIso(date as never)} ${kind} ${name}`);

describe('daysOffRows', () => {
  it('lists the report year by date, make-up Saturdays among the days off', () => {
    const rows = show(daysOffRows(2024));
    expect(rows).toHaveLength(13);
    expect(rows.slice(6, 10)).toEqual([
      '2024-04-18 Nghỉ Giỗ Tổ Hùng Vương (10/3 âm lịch)',
      '2024-04-29 Nghỉ Nghỉ hoán đổi (làm bù thứ Bảy 04/5)',
      '2024-04-30 Nghỉ Ngày Chiến thắng (30/4)',
      '2024-05-01 Nghỉ Ngày Quốc tế Lao động (1/5)',
    ]);
    expect(rows[10]).toBe('2024-05-04 Làm bù Làm bù cho ngày nghỉ 29/4');
  });
  it('computes a year with no official schedule and marks it «dự kiến» (RULES.md, corrections: 2027 has no notice yet)', () => {
    expect(show(daysOffRows(2027))[0]).toBe('2027-01-01 Nghỉ Tết Dương lịch (dự kiến)');
  });
  it('gives no rows for a year outside the calendar', () => {
    expect(daysOffRows(2200)).toEqual([]);
  });
});

describe('buildTemplate', () => {
  it('fills Ngày nghỉ with the report year under its headers', () => {
    const sheet = buildTemplate({ year: 2026 }).find((d) => d.name === DAYS_OFF_SHEET.name)!;
    expect(sheet.values[0]).toEqual(['Ngày', 'Tên', 'Loại']);
    expect(sheet.values.slice(1)).toEqual(daysOffRows(2026));
    expect(sheet.values).toHaveLength(1 + 13 + 2);
  });
  it('keeps rows given for the sheet (the sample workbook)', () => {
    const rows = [[{ y: 2024, m: 11, d: 25 }, 'Ngày Văn hóa Việt Nam', 'Nghỉ']];
    const sheet = buildTemplate({ year: 2024, rows: { [DAYS_OFF_SHEET.name]: rows } }).find((d) => d.name === DAYS_OFF_SHEET.name)!;
    expect(sheet.values.slice(1)).toEqual(rows);
  });
});
