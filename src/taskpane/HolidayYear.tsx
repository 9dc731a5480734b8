import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { HolidayReport } from '../app/daysOff';
import { COMPUTED_SOURCE } from '../domain/calendar/holidays';
import { FactList } from './FactList';
import { formatDayWithWeekday } from './formatDay';

/** What the user reads for a year with no built-in schedule (`source: 'computed'`). */
export const COMPUTED_SOURCE_TEXT =
  'Tính theo Bộ luật Lao động 2019, Điều 112 (chưa có thông báo chính thức cho năm này)';

/** @example describeSource('computed') // "Tính theo Bộ luật Lao động 2019, Điều 112 (…)" */
export function describeSource(source: string): string {
  return source === COMPUTED_SOURCE ? COMPUTED_SOURCE_TEXT : source;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

export interface HolidayYearProps {
  readonly report: HolidayReport;
}

/** One year's Tết, Giỗ Tổ, weekdays off, make-up Saturdays and where the list comes from. */
export function HolidayYear({ report }: HolidayYearProps) {
  const styles = useStyles();
  const facts: [string, string][] = [
    ['Tết Nguyên đán', formatDayWithWeekday(report.tet)],
    ['Giỗ Tổ Hùng Vương', formatDayWithWeekday(report.hungKings)],
  ];
  return (
    <section className={styles.root} aria-label={`Lịch nghỉ năm ${report.year}`}>
      <FactList facts={facts} />
      <DayList title="Ngày nghỉ (ngày trong tuần)" days={report.daysOff} empty="Không có ngày nghỉ nào." className={styles.list} />
      <DayList title="Làm bù" days={report.makeUpWorkdays} empty="Không có ngày làm bù." className={styles.list} />
      <Text>
        <Text weight="semibold">Nguồn: </Text>
        <span data-fact="Nguồn">{describeSource(report.source)}</span>
      </Text>
    </section>
  );
}

interface DayListProps {
  readonly title: string;
  readonly days: HolidayReport['daysOff'];
  readonly empty: string;
  readonly className: string;
}

function DayList({ title, days, empty, className }: DayListProps) {
  return (
    <div>
      <Text weight="semibold">{title}</Text>
      {days.length === 0 ? (
        <div><Text>{empty}</Text></div>
      ) : (
        <ul className={className} aria-label={title}>
          {days.map((day) => <li key={day.date}>{formatDayWithWeekday(day.date)} – {day.name}</li>)}
        </ul>
      )}
    </div>
  );
}
