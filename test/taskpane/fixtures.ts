import type { CheckReport, PostingJson, PostingStatus } from '../../src/app/types';
import type { CheckResult } from '../../src/taskpane/actions';

/** A posting row with only what the screens read; the rest is plausible filler. */
export function posting(status: PostingStatus, row: number): PostingJson {
  return {
    sheet: 'Công khai', row, title: `Nội dung ${row}`, form: 'Niêm yết', start: '2024-03-01', end: '2024-03-31',
    days: 30, requiredDays: 30, status, timely: true, publishBy: null,
    remaining: null, elapsed: null, reachedOn: null, rule: 'CK_NIEM_YET', explanation: '',
  };
}

export function report(overrides: Partial<CheckReport> = {}): CheckReport {
  return {
    unit: 'UBND xã An Thượng',
    asOf: '2024-03-06',
    year: 2024,
    level: 'xã',
    postings: [],
    tasks: [],
    consultations: [],
    feedback: { total: 0, accepted: 0, partlyAccepted: 0, explained: 0, pending: 0 },
    feedbackItems: [],
    votes: [],
    findings: [],
    inputErrors: [],
    ...overrides,
  };
}

/** A check that found 3 met, 1 short, 2 missing-data, 2 findings and 1 input error. */
export function checkResult(overrides: Partial<CheckReport> = {}): CheckResult {
  return {
    report: report({
      postings: [
        posting('met', 5), posting('met', 6), posting('short', 7), posting('met', 8),
        posting('missing-data', 9), posting('missing-data', 10),
      ],
      findings: [
        { sheet: 'Công khai', row: 7, rule: 'CK_NIEM_YET', severity: 'error', message: 'Niêm yết chưa đủ 30 ngày.' },
        { sheet: 'Công khai', row: 9, rule: 'CK_NIEM_YET', severity: 'warning', message: 'Thiếu ngày kết thúc.' },
      ],
      inputErrors: [{ sheet: 'Công khai', row: 10, column: 'Ngày bắt đầu', value: '31/02/2024', message: 'Ngày không có thật.' }],
      ...overrides,
    }),
    issues: [],
    write: { written: ['KQ Kiểm tra'], skipped: [], skippedFeatures: [] },
  };
}

/** A promise the test settles by hand, to look at the pane while a run is under way. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject };
}
