import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { HolidayReport } from '../app/settings';
import { COMPUTED_SOURCE } from '../domain/calendar/holidays';
import { FactList } from './FactList';
import { formatDayWithWeekday } from './formatDay';
import { useStrings } from './i18n';

/**
 * Where a year's list comes from: the official notice as cited, or the words for a year with no
 * built-in schedule (`source: 'computed'`).
 * @example describeSource('computed', 'Tính theo Bộ luật Lao động 2019, Điều 112') // 'Tính theo Bộ luật Lao động 2019, Điều 112'
 */
export function describeSource(source: string, computedText: string): string {
  return source === COMPUTED_SOURCE ? computedText : source;
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
  const strings = useStrings();
  const t = strings.settings;
  const facts: [string, string][] = [
    [t.tet, formatDayWithWeekday(report.tet, strings.weekdays)],
    [t.hungKings, formatDayWithWeekday(report.hungKings, strings.weekdays)],
  ];
  return (
    <section className={styles.root} aria-label={t.holidayYear(report.year)}>
      <FactList facts={facts} />
      <DayList title={t.daysOff} days={report.daysOff} empty={t.noDaysOff} className={styles.list} />
      <DayList title={t.makeUp} days={report.makeUpWorkdays} empty={t.noMakeUp} className={styles.list} />
      <Text>
        <Text weight="semibold">{`${t.source}: `}</Text>
        <span data-fact="Nguồn" lang={report.source === COMPUTED_SOURCE ? undefined : 'vi'}>{describeSource(report.source, t.computedSource)}</span>
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
  const { weekdays } = useStrings();
  return (
    <div>
      <Text weight="semibold">{title}</Text>
      {days.length === 0 ? (
        <div><Text>{empty}</Text></div>
      ) : (
        <ul className={className} aria-label={title}>
          {/* The day's name is the official notice's, in Vietnamese. */}
          {days.map((day) => <li key={day.date}>{formatDayWithWeekday(day.date, weekdays)} – <span lang="vi">{day.name}</span></li>)}
        </ul>
      )}
    </div>
  );
}
