import { parseIso, type LocalDate } from '../../../src/domain/calendar/localDate';
import { buildWorkCalendar } from '../../../src/domain/calendar/workingDays';
import type { ConsultationOptions, ConsultationRow, FeedbackRow } from '../../../src/domain/consultations/types';
import type { Finding } from '../../../src/domain/findings';
import { CONSULTATION_MESSAGES } from '../../../src/domain/consultations/messages';
import type { PostingRow } from '../../../src/domain/postings/types';
import { resolveRules, type RuleOverride } from '../../../src/domain/rules/resolve';

/** Shared builders for the consultation tests: rows typed with ISO dates. */
export const day = (iso: string): LocalDate => parseIso(iso)!;
const toDay = (x: string | LocalDate | null | undefined) => (typeof x === 'string' ? day(x) : x ?? null);

type Dates<T, K extends keyof T> = Omit<Partial<T>, K> & { [P in K]?: string | null };

export function consultation(p: Dates<ConsultationRow, 'from' | 'to' | 'synthesized' | 'resultPublished'> = {}): ConsultationRow {
  return {
    sheet: 'Lấy ý kiến', row: 4, id: 'YK01', subject: 'Dự thảo Quy chế thực hiện dân chủ', synthesisDue: null, badCells: [],
    ...p, from: toDay(p.from), to: toDay(p.to), synthesized: toDay(p.synthesized), resultPublished: toDay(p.resultPublished),
  };
}

export function feedbackRow(p: Dates<FeedbackRow, 'received' | 'processed'> = {}): FeedbackRow {
  return {
    sheet: 'Ý kiến', row: 5, consultationId: 'YK01', decision: 'accepted', response: 'Đã bổ sung vào Điều 5', badCells: [],
    ...p, received: toDay(p.received), processed: toDay(p.processed),
  };
}

export function posting(p: Dates<PostingRow, 'start' | 'end'> = {}): PostingRow {
  return {
    sheet: 'Công khai', row: 9, title: 'Kết quả lấy ý kiến dự thảo Quy chế', clause: 11, form: 'niem-yet', formText: 'Niêm yết',
    documentDate: null, requiredDaysOverride: null, hasBadCells: false, ...p, start: toDay(p.start), end: toDay(p.end),
  };
}

const calendar = buildWorkCalendar();

export function options(asOf: string, overrides: RuleOverride[] = []): ConsultationOptions {
  return { asOf: day(asOf), reportYear: 2026, unit: 'commune', rules: resolveRules(overrides, 'Quy định').rules, calendar };
}

/** The Vietnamese text of a finding, as the output edge will make it. */
export const text = (f: Pick<Finding, 'code' | 'params'>): string => CONSULTATION_MESSAGES[f.code](f.params);
