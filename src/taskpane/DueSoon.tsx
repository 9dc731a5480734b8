import { Button, Caption1, makeStyles, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { dueSoon, DUE_WINDOW_DAYS, toIcs, type DueItem } from '../app/check';
import type { CheckReport } from '../app/types';
import { parseIso } from '../domain/calendar/localDate';
import { downloadBytes, fileSlug } from './downloadFile';
import { DownloadOr } from './downloadRoute';
import { formatDayWithWeekday } from './formatDay';
import { useStrings } from './i18n';
import type { Strings } from './strings';

const ICS_MIME = 'text/calendar';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, overflowWrap: 'anywhere' },
  start: { alignSelf: 'flex-start' },
});

/** One item's words: what, when, where, on what legal basis. */
function words(t: Strings, item: DueItem) {
  return {
    summary: t.due.line(t.due.kinds[item.kind], item.title),
    when: `${formatDayWithWeekday(item.date, t.weekdays)} (${t.due.when(item.inDays)})`,
    description: `${t.due.basis(item.basis)} — ${t.due.where(item.sheet, item.row)}`,
  };
}

/** The state of «Sắp đến hạn»: the items from the check's results, and the .ics download. */
export function useDueSoon(report: CheckReport, download: typeof downloadBytes = downloadBytes) {
  const t = useStrings();
  const asOf = parseIso(report.asOf);
  const items = asOf ? dueSoon(report, asOf) : [];
  const save = () => {
    const stamp = `${report.asOf.replace(/-/g, '')}T000000Z`;
    const ics = toIcs(items, { summary: (i) => words(t, i).summary, description: (i) => words(t, i).description }, stamp);
    download(new TextEncoder().encode(ics), `Lich-han-${fileSlug(report.unit) || 'DCCS'}-${report.asOf}.ics`, ICS_MIME);
  };
  return { items, save };
}

/**
 * «Sắp đến hạn»: what falls due in the two weeks after the as-of date, each with its legal basis,
 * and a calendar file of them for the staff's own calendar (made here, nothing sent).
 */
export function DueSoon({ report, download }: { readonly report: CheckReport; readonly download?: typeof downloadBytes }) {
  const styles = useStyles();
  const t = useStrings();
  const state = useDueSoon(report, download);
  return (
    <section className={styles.root} aria-label={t.due.title(DUE_WINDOW_DAYS)}>
      <Subtitle2 as="h2">{t.due.title(DUE_WINDOW_DAYS)}</Subtitle2>
      {state.items.length === 0 ? <Text>{t.due.none(DUE_WINDOW_DAYS)}</Text> : (
        <>
          <ul className={styles.list} aria-label={t.due.list}>
            {state.items.map((item) => {
              const w = words(t, item);
              return (
                <li key={`${item.kind}-${item.sheet}-${item.row}`} data-due={item.date}>
                  <Text weight="semibold">{w.when}</Text>{' '}
                  <Text>{w.summary}</Text>
                  <br />
                  <Caption1>{w.description}</Caption1>
                </li>
              );
            })}
          </ul>
          <DownloadOr what="calendar">
            <Button className={styles.start} onClick={state.save} title={t.due.downloadHint}>{t.due.download}</Button>
            <Caption1>{t.due.downloadHint}</Caption1>
          </DownloadOr>
        </>
      )}
    </section>
  );
}
