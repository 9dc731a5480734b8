import { holidayReport, type HolidayReport } from '../app/settings';
import { FIRST_CALENDAR_YEAR, isCalendarYear, LAST_CALENDAR_YEAR } from '../domain/calendar/calendarRange';
import { COMPUTED_SOURCE } from '../domain/calendar/holidays';
import { formatVi, parseIso } from '../domain/calendar/localDate';
import { provisionalName } from '../domain/calendar/provisional';
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
  // A year with no official notice built in is computed: «dự kiến» until the notice (RULES.md, corrections).
  const provisional = report.source === COMPUTED_SOURCE;
  out.write(values.json ? `${JSON.stringify({ ...report, provisional }, null, 2)}\n` : describe(report, provisional));
  return 0;
}

function describe(r: HolidayReport, provisional: boolean): string {
  const mark = (name: string) => (provisional ? provisionalName(name) : name);
  const day = (iso: string) => {
    const date = parseIso(iso)!;
    return `${weekdayVi(date)} ${formatVi(date)}`;
  };
  const rows = [
    ...r.daysOff.map((d) => ({ ...d, kind: 'Nghỉ' })),
    ...r.makeUpWorkdays.map((d) => ({ ...d, kind: 'Làm bù' })),
  ].sort((a, b) => a.date.localeCompare(b.date));
  const lines = [
    `Ngày nghỉ lễ, Tết năm ${r.year}${provisional ? ' (dự kiến: chưa có thông báo chính thức của Thủ tướng Chính phủ)' : ''}`,
    `Tết Nguyên đán (mùng 1 tháng Giêng): ${day(r.tet)}`,
    `Giỗ Tổ Hùng Vương (10/3 âm lịch): ${day(r.hungKings)}`,
    `Nguồn: ${r.source === COMPUTED_SOURCE
      ? 'tính theo Bộ luật Lao động 2019 (Điều 112; ngày lễ trùng ngày nghỉ hằng tuần được nghỉ bù vào ngày làm việc kế tiếp, Điều 111 khoản 3) — chưa có lịch nghỉ chính thức cài sẵn cho năm này, mọi ngày là dự kiến'
      : r.source}`,
    '',
    `${'Ngày'.padEnd(22)}${'Loại'.padEnd(8)}Tên`,
    ...rows.map((d) => `${day(d.date).padEnd(22)}${d.kind.padEnd(8)}${mark(d.name)}`),
    '',
    `${r.daysOff.length} ngày nghỉ trong tuần, ${r.makeUpWorkdays.length} ngày làm bù. Sửa trong sheet «Ngày nghỉ» nếu lịch của đơn vị khác.`,
  ];
  return `${lines.join('\n')}\n`;
}
