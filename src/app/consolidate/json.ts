import { complianceOf, type Consolidation } from '../../report/consolidatedModel';

/**
 * `dccs consolidate --json` (SCHEMA.md, README): the fields, plus a few that say more
 * (`asOf`, `compliance`, `latePublications`, `consultations`, `findings`, `conflict`, `unexpected`).
 * The findings themselves are in `TH Chi tiết`, not in the JSON.
 */
export function consolidationJson(c: Consolidation) {
  return {
    units: c.units.map((u) => ({
      file: u.file, unit: u.unit, year: u.year, asOf: u.asOf,
      postings: u.postings, compliance: complianceOf(u.postings), latePublications: u.latePublications,
      tasks: u.tasks, consultations: u.consultations, feedback: u.feedback, votes: u.votes,
      inputErrors: u.inputErrors, findings: u.findings, conflict: u.conflict,
    })),
    failed: c.failed,
    conflicts: c.conflicts,
    missing: c.missing,
    unexpected: c.unexpected,
    findingsOmitted: c.findingsOmitted,
    totals: {
      postings: c.totals.postings, compliance: complianceOf(c.totals.postings), tasks: c.totals.tasks,
      feedback: c.totals.feedback, votes: c.totals.votes, latePublications: c.totals.latePublications,
      consultations: c.totals.consultations, inputErrors: c.totals.inputErrors,
    },
  };
}
