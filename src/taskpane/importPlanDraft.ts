import type { PlanRows } from '../app/importPlan';
import { parseDeadline } from '../domain/calendar/deadline';
import { formatVi, type LocalDate } from '../domain/calendar/localDate';
import type { PlanExtraction } from '../domain/plan/types';
import { parseDateInput } from './parseDateInput';

/**
 * The review of «Nhập kế hoạch» as plain data: every item found, ticked, its fields as the text
 * boxes show them. The officer unticks or corrects; `draftRows` turns what is kept back into
 * rows, reading each corrected date and deadline again (never guessing one).
 */
export type DraftKind = 'tasks' | 'postings' | 'consultations';

export interface DraftItem {
  readonly kind: DraftKind;
  readonly id: string;
  readonly keep: boolean;
  readonly excerpt: string;
  /** Field key → the text in its box. */
  readonly fields: Readonly<Record<string, string>>;
}

/** The fields each kind shows, with their Vietnamese labels, in order. */
export const DRAFT_FIELDS: Readonly<Record<DraftKind, readonly (readonly [key: string, label: string])[]>> = {
  tasks: [['section', 'Mục'], ['title', 'Nội dung công việc'], ['lead', 'Cơ quan chủ trì'], ['advisor', 'Cơ quan tham mưu'], ['partners', 'Cơ quan phối hợp'], ['dueText', 'Thời hạn']],
  postings: [['title', 'Nội dung công khai'], ['form', 'Hình thức'], ['place', 'Địa điểm'], ['start', 'Ngày bắt đầu'], ['end', 'Ngày kết thúc'], ['requiredDays', 'Số ngày yêu cầu']],
  consultations: [['title', 'Nội dung lấy ý kiến'], ['from', 'Từ ngày'], ['to', 'Đến ngày']],
};

const DATE_KEYS = new Set(['start', 'end', 'from', 'to']);
const day = (d: LocalDate | null) => (d ? formatVi(d) : '');
const text = (v: string | number | null) => (v === null ? '' : String(v));

export function draftsOf(x: PlanExtraction): DraftItem[] {
  return [
    ...x.tasks.map((t, i): DraftItem => ({
      kind: 'tasks', id: `t${i}`, keep: true, excerpt: t.excerpt,
      fields: { section: text(t.section), title: t.title, lead: text(t.lead), advisor: text(t.advisor), partners: text(t.partners), dueText: text(t.dueText) },
    })),
    ...x.postings.map((p, i): DraftItem => ({
      kind: 'postings', id: `p${i}`, keep: true, excerpt: p.excerpt,
      fields: { title: p.title, form: text(p.form), place: text(p.place), start: day(p.start), end: day(p.end), requiredDays: text(p.requiredDays) },
    })),
    ...x.consultations.map((c, i): DraftItem => ({
      kind: 'consultations', id: `c${i}`, keep: true, excerpt: c.excerpt, fields: { title: c.title, from: day(c.from), to: day(c.to) },
    })),
  ];
}

/** The message under a box whose text cannot be read, or undefined. */
export function fieldProblem(key: string, value: string, year: number | null): string | undefined {
  if (DATE_KEYS.has(key)) {
    const d = parseDateInput(value);
    return d.kind === 'invalid' ? d.message : undefined;
  }
  if (key === 'requiredDays' && value.trim() !== '' && !/^\d{1,3}$/.test(value.trim())) return 'Cần một số ngày, ví dụ 30.';
  if (key === 'dueText' && value.trim() !== '') {
    const r = parseDeadline(value, { reportYear: year });
    if (r.kind === 'error') return 'Chưa đọc được thời hạn này; dòng vẫn được ghi nguyên văn và «Kiểm tra» sẽ báo lỗi.';
  }
  if (key === 'title' && value.trim() === '') return 'Cần có nội dung.';
  return undefined;
}

/** A day box's date (blank or unreadable: null). */
const dateOf = (value: string) => {
  const d = parseDateInput(value);
  return d.kind === 'date' ? d.date : null;
};
const orNull = (v: string) => (v.trim() === '' ? null : v.trim());

/** The kept items as rows; a kept item with an unreadable box blocks the write (`blocked`). */
export function draftRows(drafts: readonly DraftItem[], year: number | null): { rows: PlanRows; blocked: number } {
  const kept = drafts.filter((d) => d.keep);
  const blocked = kept.filter((d) => Object.entries(d.fields).some(([k, v]) => k !== 'dueText' && fieldProblem(k, v, year) !== undefined)).length;
  const line = 0;
  const rows: PlanRows = {
    tasks: kept.filter((d) => d.kind === 'tasks').map(({ fields: f, excerpt }) => {
      const dueText = orNull(f.dueText);
      const r = dueText === null ? null : parseDeadline(dueText, { reportYear: year });
      return {
        section: orNull(f.section), title: f.title.trim(), lead: orNull(f.lead), advisor: orNull(f.advisor), partners: orNull(f.partners),
        dueText, due: r?.kind === 'due' ? r.due : null, start: r?.kind === 'due' || r?.kind === 'start' ? r.start : null, excerpt, line,
      };
    }),
    postings: kept.filter((d) => d.kind === 'postings').map(({ fields: f, excerpt }) => ({
      title: f.title.trim(), form: orNull(f.form), place: orNull(f.place), start: dateOf(f.start), end: dateOf(f.end),
      requiredDays: /^\d+$/.test(f.requiredDays.trim()) ? Number(f.requiredDays.trim()) : null, excerpt, line,
    })),
    consultations: kept.filter((d) => d.kind === 'consultations').map(({ fields: f, excerpt }) => ({
      title: f.title.trim(), from: dateOf(f.from), to: dateOf(f.to), excerpt, line,
    })),
  };
  return { rows, blocked };
}
