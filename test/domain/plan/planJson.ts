import { formatIso, type LocalDate } from '../../../src/domain/calendar/localDate';
import type { PlanExtraction } from '../../../src/domain/plan/types';
import type { ExpectedPlan } from './planCases';

const iso = (d: LocalDate | null) => (d ? formatIso(d) : null);

/** An extraction in the shape of the hand-written expectations (no excerpts, no lines). */
export function comparable(r: PlanExtraction): ExpectedPlan {
  return {
    plan: { ...r.plan, date: iso(r.plan.date) },
    tasks: r.tasks.map((t) => ({
      section: t.section, title: t.title, lead: t.lead, advisor: t.advisor, partners: t.partners,
      dueText: t.dueText, due: iso(t.due), start: iso(t.start),
    })),
    postings: r.postings.map((p) => ({ title: p.title, form: p.form, place: p.place, start: iso(p.start), end: iso(p.end), requiredDays: p.requiredDays })),
    consultations: r.consultations.map((c) => ({ title: c.title, from: iso(c.from), to: iso(c.to) })),
    issues: r.issues.map((i) => i.code),
  };
}
