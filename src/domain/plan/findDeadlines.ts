import { parseDeadline, type DeadlineResult } from '../calendar/deadline';
import { markedAt, noDeadlineReason, type Role } from '../calendar/deadlineMarkers';
import { foldText, sliceOriginal } from '../calendar/foldText';
import { scanTimeExpressions } from '../calendar/timeExpressions';

/**
 * The deadlines and windows written inside a plan's sentences («Báo cáo kết quả … trước ngày
 * 05/9/2024», «kể từ ngày 15/02/2024 đến hết ngày 06/03/2024»). Only what a marker ties to the
 * work counts: a bare date in a sentence is most often a document's (`Luật … ngày 10/11/2022`)
 * and is left alone. Each phrase found is read by the calendar's own `parseDeadline`.
 */
export interface DeadlineInText {
  /** The phrase in the plan's words, marker included (`trước ngày 01/6/2023`). */
  readonly phrase: string;
  /** Original indices [from, to) of the phrase in the sentence. */
  readonly from: number;
  readonly to: number;
  /** How the phrase reads: a due day, a strict `trước`, a start, or a window `từ … đến …`. */
  readonly role: Role | 'range';
  readonly result: DeadlineResult;
}

/**
 * @example findDeadlines("báo cáo 06 tháng đầu năm gửi trước ngày 01/6/2023, báo cáo năm gửi trước ngày 15/10/2023", null).map((d) => d.phrase)
 * // ["trước ngày 01/6/2023", "trước ngày 15/10/2023"]
 */
export function findDeadlines(sentence: string, year: number | null): DeadlineInText[] {
  const f = foldText(sentence);
  const exprs = scanTimeExpressions(f.text);
  const out: DeadlineInText[] = [];
  for (let i = 0; i < exprs.length; i++) {
    const m = markedAt(f.text, exprs, i);
    if (!m) continue;
    const { e, pre, marker, next, join } = m;
    const range = next !== undefined && (join === 'range' || join === 'choice') && marker.role !== 'before' && marker.role !== 'after';
    if (!range && !marker.anchored) continue;
    // «thường xuyên trong năm 2025»: ongoing work in 2025, not a task due on 31/12/2025.
    const clause = pre.slice(Math.max(pre.lastIndexOf(';'), pre.lastIndexOf('.') + 1, 0));
    if (e.precision === 'period' && !range && noDeadlineReason(clause) !== null) continue;
    const start = e.from - marker.length;
    const end = range ? next.to : e.to;
    const from = f.starts[start];
    const to = f.ends[end - 1];
    const phrase = sliceOriginal(f, start, end);
    out.push({ phrase, from, to, role: range ? 'range' : marker.role, result: parseDeadline(phrase, { reportYear: year }) });
    if (range) i++;
  }
  return out;
}
