import type { Issue } from '../domain/issues';

/**
 * The result of a check, in the shape of SCHEMA.md's `check --json` (dates as YYYY-MM-DD or null).
 * Arrays that later issues fill (tasks, consultations, votes) may be empty.
 */
import type { PostingStatus } from '../domain/postings/checkPosting';

export type { PostingStatus };

export interface PostingJson {
  sheet: string;
  row: number;
  title: string;
  form: string | null;
  start: string | null;
  end: string | null;
  days: number | null;
  requiredDays: number | null;
  status: PostingStatus;
  timely: boolean | null;
  publishBy: string | null;
  /** For `ongoing`: days still needed, and the day at whose end the requirement is reached. */
  remaining: number | null;
  reachedOn: string | null;
  /** Rule judged by (`CK_NIEM_YET`…) and the Vietnamese explanation with its legal basis. */
  rule: string;
  explanation: string;
}

export interface FindingJson {
  sheet: string;
  row: number | null;
  rule: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
}

export interface InputErrorJson {
  sheet: string;
  row: number | null;
  column: string | null;
  value: string | null;
  message: string;
}

export interface CheckReport {
  unit: string;
  asOf: string;
  year: number | null;
  level: string | null;
  postings: PostingJson[];
  tasks: unknown[];
  consultations: unknown[];
  feedback: { total: number; accepted: number; partlyAccepted: number; explained: number; pending: number };
  votes: unknown[];
  findings: FindingJson[];
  inputErrors: InputErrorJson[];
}

/** Progress of a long use case, 0–1, with a Vietnamese label for the progress bar. */
export type ProgressListener = (fraction: number, label: string) => void;

/** Raw issues beside the JSON, for writers that need the codes. */
export interface CheckOutcome {
  report: CheckReport;
  issues: readonly Issue[];
}
