/** @jest-environment jsdom */
import { fireEvent, screen, within } from '@testing-library/react';
import type { TaskJson, VoteJson, ConsultationJson } from '../../src/app/types';
import { App } from '../../src/taskpane/App';
import { CheckSummary } from '../../src/taskpane/CheckSummary';
import { FindingsList } from '../../src/taskpane/FindingsList';
import { ruleLabel } from '../../src/taskpane/ruleLabel';
import { STRINGS } from '../../src/taskpane/strings';
import { tableCountLines } from '../../src/taskpane/TableCounts';
import { checkResult, report } from './fixtures';
import { renderInFluent } from './render';
import { RULES } from '../../src/domain/rules/catalog';
import { RowPreview } from '../../src/taskpane/RowPreview';

const RAW = /\b[A-Z]{2,}_[A-Z_]+\b|\b[a-z]+-[a-z]+(?:-[a-z]+)*\b/;

const task = (status: TaskJson['status'], row: number) => ({ sheet: 'Kế hoạch', row, title: 't', status } as TaskJson);
const vote = (passed: boolean | null, row: number) => ({ sheet: 'Biểu quyết', row, title: 'v', passed } as VoteJson);
const consultation = (status: ConsultationJson['status'], row: number) => ({ sheet: 'Lấy ý kiến', row, subject: 's', status } as ConsultationJson);

describe('the pane speaks in words (issue 15, item 7)', () => {
  it('names every rule of the catalog in words, in both languages', () => {
    for (const lang of ['vi', 'en'] as const) {
      for (const rule of RULES) expect([rule.id, STRINGS[lang].ruleNames[rule.id]]).toEqual([rule.id, expect.stringMatching(/\S/)]);
    }
    expect(ruleLabel(STRINGS.vi, 'CK_NIEM_YET')).toBe('Thời gian niêm yết');
    expect(ruleLabel(STRINGS.vi, 'date-impossible')).toBe('Dữ liệu đầu vào');
    expect(ruleLabel(STRINGS.vi, 'column-missing')).toBe('Dữ liệu đầu vào');
    expect(ruleLabel(STRINGS.en, 'XX_MOI')).toBe('Other rule');
  });

  it('shows a finding\'s rule by its name, the id only as a tooltip, and the rule filter in words', () => {
    const result = checkResult({
      findings: [
        { sheet: 'Công khai', row: 7, rule: 'CK_NIEM_YET', severity: 'error', message: 'Niêm yết chưa đủ 30 ngày.' },
        { sheet: 'Công khai', row: 8, rule: 'date-impossible', severity: 'error', message: 'Ngày không có thật.' },
      ],
    });
    renderInFluent(<FindingsList findings={result.report.findings} inputErrors={[]} />);
    const list = screen.getByRole('list', { name: 'Phát hiện trong sheet Công khai' });
    expect(within(list).getByText('Thời gian niêm yết').getAttribute('title')).toBe('CK_NIEM_YET');
    expect(list.textContent).not.toMatch(RAW);
    const filter = screen.getByRole('combobox', { name: 'Quy tắc' });
    expect([...(filter as HTMLSelectElement).options].map((o) => o.textContent)).toEqual(['Tất cả', 'Thời gian niêm yết', 'Dữ liệu đầu vào']);
    fireEvent.change(filter, { target: { value: 'CK_NIEM_YET' } });
    expect(screen.getByText('1 trong 2 phát hiện')).toBeTruthy();
  });

  it('summarises every table, not only the postings', () => {
    const r = report({
      tasks: [task('overdue', 2), task('done-on-time', 3), task('done-on-time', 4)],
      consultations: [consultation('pending-feedback', 2)],
      feedback: { total: 5, accepted: 3, partlyAccepted: 0, explained: 1, pending: 1 },
      votes: [vote(true, 2), vote(null, 3)],
    });
    expect(tableCountLines(r, STRINGS.vi)).toEqual([
      'Kế hoạch: 3 nhiệm vụ — quá hạn 1, hoàn thành đúng hạn 2.',
      'Lấy ý kiến: 1 đợt — còn ý kiến chưa xử lý 1.',
      'Ý kiến góp ý: 5 ý kiến — tiếp thu 3, giải trình 1, chưa xử lý 1.',
      'Biểu quyết: 2 việc — thông qua 1, chưa đủ số liệu 1.',
    ]);
    expect(tableCountLines(r, STRINGS.en)[0]).toBe('Plan: 3 tasks — overdue 1, done on time 2.');
    renderInFluent(<CheckSummary result={{ ...checkResult(), report: { ...r, postings: checkResult().report.postings } }} />);
    expect(screen.getByRole('list', { name: 'Kết quả theo từng bảng' }).textContent).toContain('Biểu quyết: 2 việc');
  });

  it('says nothing of tables the book does not have', () => {
    expect(tableCountLines(report(), STRINGS.vi)).toEqual([]);
  });

  it('shows the finding in the row dialog and marks the cell at fault', async () => {
    renderInFluent(<RowPreview
      row={{ sheet: 'Công khai', row: 10, cells: [{ column: 'B', header: 'Nội dung công khai', value: 'Dự toán' }, { column: 'H', header: 'Ngày bắt đầu', value: '31/02/2024' }] }}
      finding={{ message: 'Ngày không có thật.', column: 'Ngày bắt đầu', severity: 'error' }}
      onClose={jest.fn()}
    />);
    await screen.findByText(/Ngày không có thật\./);
    const marked = document.querySelectorAll('[data-fault]');
    expect(marked).toHaveLength(1);
    expect(marked[0].textContent).toBe('Ngày bắt đầu (H) — ô có vấn đề31/02/2024');
  });
});

describe('the guide on first use', () => {
  beforeEach(() => window.localStorage.clear());
  const renderApp = (sample?: boolean) => renderInFluent(
    <App makeReports={jest.fn()} check={jest.fn()} createTemplate={jest.fn()} defaultYear={2024} sample={sample} />,
  );

  it('says what each verdict means and where the law is cited, and labels the sample as a sample', () => {
    renderApp(true);
    const guide = screen.getByText('Hướng dẫn nhanh').closest('[aria-label="Hướng dẫn nhanh"]') as HTMLElement;
    expect(guide.textContent).toContain('Tệp đang mở là sổ mẫu, số liệu giả định');
    expect(guide.textContent).toContain('«Đạt» là đủ thời gian luật định');
    expect(guide.textContent).toContain('Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15');
  });

  it('hides once dismissed, stays hidden next time, and comes back on request', () => {
    const first = renderApp();
    expect(screen.queryByText(/Tệp đang mở là sổ mẫu/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Đã hiểu, ẩn hướng dẫn' }));
    expect(screen.queryByText('Hướng dẫn nhanh')).toBeNull();
    first.unmount();
    renderApp();
    expect(screen.queryByText('Hướng dẫn nhanh')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Hướng dẫn' }));
    expect(screen.getByText('Hướng dẫn nhanh')).toBeTruthy();
  });
});
