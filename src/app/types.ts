import type { Reading } from '../sheets/reading/types';
import type { Issue } from '../domain/issues';

/**
 * The result of a check, in the shape of SCHEMA.md's `check --json` (dates as YYYY-MM-DD or null).
 * A table the workbook does not have gives an empty array.
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
  /** Days counted so far through the as-of date, while the posting is up that day; null otherwise. */
  elapsed: number | null;
  reachedOn: string | null;
  /** Rule judged by (`CK_NIEM_YET`…) and the Vietnamese explanation with its legal basis. */
  rule: string;
  explanation: string;
}

import type { TaskStatus } from '../domain/tasks/checkTask';

export type { TaskStatus };

export interface TaskJson {
  sheet: string;
  row: number;
  title: string;
  /** The `Thời hạn` cell as typed (a date cell as dd/mm/yyyy). */
  dueText: string | null;
  due: string | null;
  start: string | null;
  completed: string | null;
  status: TaskStatus;
  /** Days late (done-late, overdue) or days left (due-soon, open); null otherwise. */
  days: number | null;
}

/** Consultation status (`Lấy ý kiến`): the window, the feedback handled, the results published. */
import type { ConsultationStatus } from '../domain/consultations/types';

export type { ConsultationStatus };

export interface FeedbackCounts {
  total: number;
  accepted: number;
  partlyAccepted: number;
  explained: number;
  pending: number;
}

/** One feedback row's state (`accepted`, `partly-accepted`, `explained`, `pending`). */
export interface FeedbackItemJson {
  sheet: string;
  row: number;
  consultationId: string | null;
  state: string;
}

export interface ConsultationJson {
  sheet: string;
  row: number;
  id: string | null;
  subject: string;
  from: string | null;
  to: string | null;
  /** Days the window lasts (Civil Code counting), null when it cannot be counted. */
  days: number | null;
  requiredDays: number | null;
  /** Feedback rows of this consultation by decision. */
  feedback: FeedbackCounts;
  pending: number;
  /** Feedback received after `to`. */
  late: number;
  resultsPublished: string | null;
  /**
   * The synthesis deadline (Điều 28 khoản 3), YYYY-MM-DD: `Hạn tổng hợp`, moved to the next working
   * day when it is a day off (Bộ luật Dân sự Điều 148 khoản 5); else `Ngày tổng hợp xong`; else the
   * day after `Đến ngày`. Null when none can be found.
   */
  synthesisDue: string | null;
  /** Where `synthesisDue` comes from: 'deadline' (`Hạn tổng hợp`), 'synthesized' (done that day), 'assumed'. */
  synthesisSource: 'deadline' | 'synthesized' | 'assumed' | null;
  status: ConsultationStatus;
}

export interface VoteJson {
  sheet: string;
  row: number;
  title: string;
  kind: string | null;
  households: number | null;
  participants: number | null;
  agree: number | null;
  threshold: '2/3' | '>50%' | null;
  passed: boolean | null;
  date: string | null;
  sentToCommune: string | null;
  /** 5 working days after the vote (Đ20 k3). */
  sendBy: string | null;
  sentInTime: boolean | null;
  /** Whether the form of deciding is one the law allows for this kind of matter (Điều 17 khoản 2); null when unknown. */
  formAllowed?: boolean | null;
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
  tasks: TaskJson[];
  consultations: ConsultationJson[];
  feedback: FeedbackCounts;
  /** Every feedback row's state, in sheet order. */
  feedbackItems: FeedbackItemJson[];
  votes: VoteJson[];
  findings: FindingJson[];
  inputErrors: InputErrorJson[];
  /** How the workbook was read: tables, columns with confidence, inferred facts, rows passed over. */
  reading?: Reading;
}

/** Progress of a long use case, 0–1, with a Vietnamese label for the progress bar. */
export type ProgressListener = (fraction: number, label: string) => void;

/** Raw issues beside the JSON, for writers that need the codes. */
export interface CheckOutcome {
  report: CheckReport;
  issues: readonly Issue[];
}
