import { summarize } from '../../report/summaryData';
import type { CheckRun } from './check';
import { buildReportModel } from '../report/model';

/** Compliance of one content group: postings that met their requirement, of those judged. */
export interface GroupCompliance {
  readonly label: string;
  readonly met: number;
  readonly total: number;
}

/**
 * The chart of «Kiểm tra»: the same rate as `Tổng hợp` and «Lập báo cáo» (met or permanent, of
 * the postings judged), from a check already run — nothing is read again.
 */
export function complianceByGroup(run: CheckRun): GroupCompliance[] {
  return summarize(buildReportModel(run)).groups.map((g) => ({ label: g.label, met: g.met, total: g.judged }));
}
