import { addDays, diffDays, formatIso, parseIso, type LocalDate } from '../../domain/calendar/localDate';
import { RULES } from '../../domain/rules/catalog';
import type { CheckReport, ConsultationJson } from '../types';

/** What falls due, by kind: what the officer must do that day. */
export type DueKind = 'posting-until' | 'publish-by' | 'task' | 'consultation-ends' | 'synthesis-due' | 'vote-send';

export interface DueItem {
  readonly kind: DueKind;
  /** YYYY-MM-DD: the day it falls due. */
  readonly date: string;
  /** Days from the as-of date (0: that day). */
  readonly inDays: number;
  /** The row's title or subject, as the workbook writes it. */
  readonly title: string;
  readonly sheet: string;
  readonly row: number;
  /** The legal basis, as the rule catalog cites it (Vietnamese, as the law is written). */
  readonly basis: string;
}

/** The look-ahead of «Sắp đến hạn»: two weeks, enough to plan a posting or a meeting. */
export const DUE_WINDOW_DAYS = 14;

const basisOf = (rule: string) => RULES.find((r) => r.id === rule)?.basis ?? '';

/** A consultation whose feedback may still await synthesis: some not yet answered, or more to come. */
const synthesisOpen = (c: ConsultationJson) =>
  c.synthesisSource !== 'synthesized' && (c.pending > 0 || c.status === 'ongoing' || c.status === 'planned');

/**
 * What falls due in the `days` after `asOf` (the as-of day included), from a check's results:
 * postings to keep up until the day they reach their period, postings to publish by their
 * deadline, plan tasks due, consultations whose window ends, feedback to synthesise and answer by a
 * consultation's synthesis deadline (not yet synthesised), vote results to send. Soonest first.
 * @example dueSoon(report, { y: 2024, m: 3, d: 1 }) // [{ kind: 'posting-until', date: '2024-03-06', inDays: 5, … }]
 */
export function dueSoon(report: Pick<CheckReport, 'postings' | 'tasks' | 'consultations' | 'votes'>, asOf: LocalDate, days = DUE_WINDOW_DAYS): DueItem[] {
  const items: DueItem[] = [];
  const add = (kind: DueKind, iso: string | null, title: string, sheet: string, row: number, basis: string) => {
    const date = iso ? parseIso(iso) : null;
    if (!date) return;
    const inDays = diffDays(date, asOf);
    if (inDays >= 0 && inDays < days) items.push({ kind, date: iso as string, inDays, title, sheet, row, basis });
  };
  for (const p of report.postings) {
    if (p.status === 'ongoing') add('posting-until', p.reachedOn, p.title, p.sheet, p.row, basisOf(p.rule));
    if (p.publishBy && p.start === null) add('publish-by', p.publishBy, p.title, p.sheet, p.row, basisOf('CK_THOI_DIEM'));
  }
  for (const t of report.tasks) {
    if (t.status === 'due-soon' || t.status === 'open') add('task', t.due, t.title, t.sheet, t.row, basisOf('KH_THOI_HAN'));
  }
  for (const c of report.consultations) {
    if (c.status === 'ongoing') add('consultation-ends', c.to, c.subject, c.sheet, c.row, basisOf('YK_THOI_GIAN'));
    // Điều 28 khoản 3: every opinion received, synthesised and answered by the synthesis deadline
    // (already moved off a day off by the check); a synthesis already done is a fact, not a duty.
    if (synthesisOpen(c)) {
      add('synthesis-due', c.synthesisDue, c.subject, c.sheet, c.row, basisOf('YK_CONG_KHAI_KQ'));
    }
  }
  for (const v of report.votes) {
    if (v.sentToCommune === null) add('vote-send', v.sendBy, v.title, v.sheet, v.row, basisOf('BQ_GUI_QUYET_DINH'));
  }
  return items.sort((a, b) => a.inDays - b.inDays || a.sheet.localeCompare(b.sheet) || a.row - b.row);
}

/** RFC 5545 text: backslash, semicolon and comma escaped, lines as `\n`. */
const icsText = (text: string) => text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** Lines past 75 octets folded as RFC 5545 §3.1 asks (a space starts each continuation). */
function fold(line: string): string {
  const bytes = new TextEncoder().encode(line);
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  for (const ch of line) {
    if (new TextEncoder().encode(current + ch).length > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
    }
    current += ch;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compact = (iso: string) => iso.replace(/-/g, '');

/** How each event reads, in the pane's language. */
export interface IcsWords {
  summary(item: DueItem): string;
  description(item: DueItem): string;
}

/**
 * The items as an iCalendar file of all-day events, for the staff's own calendar: made here, from
 * the results on screen; nothing is sent.
 * @example toIcs(items, { summary: (i) => `Hạn: ${i.title}`, description: (i) => i.basis }, '20240301T000000Z') // "BEGIN:VCALENDAR\r\n…"
 */
export function toIcs(items: readonly DueItem[], words: IcsWords, stamp: string): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//DCCS//Dan chu co so//VI', 'CALSCALE:GREGORIAN'];
  for (const item of items) {
    const day = parseIso(item.date);
    // An all-day event ends on the next day (RFC 5545 §3.6.1: DTEND is exclusive).
    const end = day ? compact(formatIso(addDays(day, 1))) : compact(item.date);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${compact(item.date)}-${item.kind}-${encodeURIComponent(item.sheet)}-${item.row}@dccs`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compact(item.date)}`,
      `DTEND;VALUE=DATE:${end}`,
      fold(`SUMMARY:${icsText(words.summary(item))}`),
      fold(`DESCRIPTION:${icsText(words.description(item))}`),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.join('\r\n')}\r\n`;
}
