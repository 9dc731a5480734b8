import { holidayReport, type HolidayReport } from '../app/daysOff';
import { FIRST_CALENDAR_YEAR, isCalendarYear, LAST_CALENDAR_YEAR } from '../domain/calendar/calendarRange';
import { COMPUTED_SOURCE } from '../domain/calendar/holidays';
import { formatVi, parseIso } from '../domain/calendar/localDate';
import { weekdayVi } from '../domain/calendar/weekday';
import { CliUsageError } from './usage';

interface HolidaysArgs {
  values: { json?: boolean };
  positionals: string[];
}


/** `dccs holidays YEAR [--json]`: the year's days off, built in or computed (SCHEMA.md). */
export async function runHolidays({ values, positionals }: HolidaysArgs, out: NodeJS.WritableStream): Promise<number> {
  if (positionals.length !== 1) throw new CliUsageError('dccs holidays cần đúng một năm, ví dụ: dccs holidays 2025.');
  const text = positionals[0];
  const year = /^\d{1,4}$/.test(text) ? Number(text) : NaN;
  if (!isCalendarYear(year)) {
    throw new CliUsageError(`Năm không hợp lệ: «${text}» (cần một năm từ ${FIRST_CALENDAR_YEAR} đến ${LAST_CALENDAR_YEAR}).`);
  }
  const report = holidayReport(year);
  out.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : describe(report));
  return 0;
}

function describe(r: HolidayReport): string {
  const day = (iso: string) => {
    const date = parseIso(iso)!;
    return `${weekdayVi(date)} ${formatVi(date)}`;
  };
  const rows = [
    ...r.daysOff.map((d) => ({ ...d, kind: 'Nghỉ' })),
    ...r.makeUpWorkdays.map((d) => ({ ...d, kind: 'Làm bù' })),
  ].sort((a, b) => a.date.localeCompare(b.date));
  const lines = [
    `Ngày nghỉ lễ, Tết năm ${r.year}`,
    `Tết Nguyên đán (mùng 1 tháng Giêng): ${day(r.tet)}`,
    `Giỗ Tổ Hùng Vương (10/3 âm lịch): ${day(r.hungKings)}`,
    `Nguồn: ${r.source === COMPUTED_SOURCE
      ? 'tính theo Bộ luật Lao động 2019 (Điều 112; ngày lễ trùng ngày nghỉ hằng tuần được nghỉ bù vào ngày làm việc kế tiếp, Điều 111 khoản 3) — chưa có lịch nghỉ chính thức cài sẵn cho năm này'
      : r.source}`,
    '',
    `${'Ngày'.padEnd(22)}${'Loại'.padEnd(8)}Tên`,
    ...rows.map((d) => `${day(d.date).padEnd(22)}${d.kind.padEnd(8)}${d.name}`),
    '',
    `${r.daysOff.length} ngày nghỉ trong tuần, ${r.makeUpWorkdays.length} ngày làm bù. Sửa trong sheet «Ngày nghỉ» nếu lịch của đơn vị khác.`,
  ];
  return `${lines.join('\n')}\n`;
}
