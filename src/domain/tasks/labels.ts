import type { TaskStatus, TaskVerdict } from './checkTask';

/** How serious a task status is for the row's status column: `ok` needs nothing from the officer. */
export const TASK_STATUS_SEVERITY: Readonly<Record<TaskStatus, 'error' | 'warning' | 'info' | 'ok'>> = {
  'done-on-time': 'ok', open: 'ok', 'no-deadline': 'ok',
  'due-soon': 'info',
  'done-late': 'warning',
  overdue: 'error', invalid: 'error',
};

/**
 * The short Vietnamese verdict of a task for its row (`Kết quả kiểm tra`), with its days.
 * @example taskLabel({ status: 'overdue', days: 12, … }) // "Quá hạn 12 ngày"
 */
export function taskLabel(v: Pick<TaskVerdict, 'status' | 'days' | 'reason'>): string {
  switch (v.status) {
    case 'done-on-time': return 'Hoàn thành đúng hạn';
    case 'done-late': return `Hoàn thành muộn ${v.days ?? 0} ngày`;
    case 'overdue': return `Quá hạn ${v.days ?? 0} ngày`;
    case 'due-soon': return v.days === 0 ? 'Đến hạn hôm nay' : `Còn ${v.days ?? 0} ngày`;
    case 'open': return 'Chưa đến hạn';
    case 'no-deadline': return v.reason === 'blank' ? 'Chưa ghi thời hạn' : 'Không có thời hạn';
    case 'invalid': return v.reason === 'bad-completed' ? 'Ngày hoàn thành không đọc được' : 'Thời hạn không đọc được';
  }
}

/** Severity of the row's verdict: a blank `Thời hạn` is worth a look, other tasks without one are fine. */
export function taskVerdictSeverity(v: Pick<TaskVerdict, 'status' | 'reason'>): 'error' | 'warning' | 'info' | 'ok' {
  return v.status === 'no-deadline' && v.reason === 'blank' ? 'info' : TASK_STATUS_SEVERITY[v.status];
}
