import type { ConsultationResult, FeedbackResult } from '../../domain/consultations/types';
import type { PostingResult } from '../../domain/postings/checkPostings';
import type { TaskRow, TaskVerdict } from '../../domain/tasks/checkTask';
import type { VoteResult, VoteRow } from '../../domain/votes/types';
import type { CONSULTATIONS_SHEET, FEEDBACK_SHEET, PLAN_SHEET, POSTINGS_SHEET, RecordOf, VOTES_SHEET } from '../../sheets/schema';
import type { FeedbackCounts } from '../types';
import type { CheckedRow } from './tableCheck';

/** A `Công khai` row: its cells, and the domain's verdict (duration, timeliness, explanation). */
export type CheckedPosting = CheckedRow<RecordOf<typeof POSTINGS_SHEET>, PostingResult>;

/** A `Kế hoạch` row: the task as the domain saw it, and its verdict against its deadline. */
export type CheckedTask = CheckedRow<RecordOf<typeof PLAN_SHEET>, { readonly task: TaskRow; readonly verdict: TaskVerdict }>;

/** A `Lấy ý kiến` row: its verdict, and its feedback rows counted by decision. */
export type CheckedConsultation = CheckedRow<RecordOf<typeof CONSULTATIONS_SHEET>, { readonly verdict: ConsultationResult; readonly feedback: FeedbackCounts }>;

/** An `Ý kiến` row: its state and whether it came or was handled late. */
export type CheckedFeedback = CheckedRow<RecordOf<typeof FEEDBACK_SHEET>, FeedbackResult>;

/** A `Biểu quyết` row: the vote as the domain saw it, and its tally and sending verdict. */
export type CheckedVote = CheckedRow<RecordOf<typeof VOTES_SHEET>, { readonly vote: VoteRow; readonly verdict: VoteResult }>;

/** Every checked row of a workbook by kind, in sheet order: the one model the reports are built from. */
export interface CheckRecords {
  readonly postings: readonly CheckedPosting[];
  readonly tasks: readonly CheckedTask[];
  readonly consultations: readonly CheckedConsultation[];
  readonly feedback: readonly CheckedFeedback[];
  readonly votes: readonly CheckedVote[];
}
