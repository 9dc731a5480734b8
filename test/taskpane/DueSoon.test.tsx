/** @jest-environment jsdom */
import { fireEvent, screen } from '@testing-library/react';
import { TextDecoder, TextEncoder } from 'node:util';
import type { PostingJson } from '../../src/app/types';
import { DueSoon } from '../../src/taskpane/DueSoon';
import { report } from './fixtures';
import { renderInFluent } from './render';

// jsdom has no TextEncoder; the browsers the page supports all do.
Object.assign(globalThis, { TextEncoder, TextDecoder });

describe('«Sắp đến hạn» (issue 15, item 11)', () => {
  const ongoing = { sheet: 'Công khai', row: 5, title: 'Dự toán ngân sách', start: '2024-02-15', status: 'ongoing', reachedOn: '2024-03-15', publishBy: null, rule: 'CK_NIEM_YET' } as PostingJson;

  it('lists what falls due with its day, how soon, and its legal basis, and downloads it as .ics', () => {
    const download = jest.fn();
    renderInFluent(<DueSoon report={report({ asOf: '2024-03-06', postings: [ongoing] })} download={download} />);
    const list = screen.getByRole('list', { name: 'Việc sắp đến hạn' });
    expect(list.textContent).toBe('Thứ Sáu, 15/03/2024 (còn 9 ngày) Giữ niêm yết đến hết ngày: Dự toán ngân sáchCăn cứ: Luật 10/2022/QH15, Điều 13 khoản 2 — sheet «Công khai», dòng 5');
    fireEvent.click(screen.getByRole('button', { name: 'Tải lịch (.ics)' }));
    const [bytes, name, mime] = download.mock.calls[0] as [Uint8Array, string, string];
    expect(name).toBe('Lich-han-UBND-xa-An-Thuong-2024-03-06.ics');
    expect(mime).toBe('text/calendar');
    expect(new TextDecoder().decode(bytes)).toContain('SUMMARY:Giữ niêm yết đến hết ngày: Dự toán ngân sách');
  });

  it('says so when nothing falls due', () => {
    renderInFluent(<DueSoon report={report({ asOf: '2024-03-06' })} />);
    expect(screen.getByText('Không có việc nào đến hạn trong 14 ngày tới.')).toBeTruthy();
  });
});

describe('downloads where the pane cannot save files (issue 15, item 10)', () => {
  it('offers another route instead of a dead button in Excel for Mac', async () => {
    const { DownloadProvider } = await import('../../src/taskpane/downloadRoute');
    const ongoing = { sheet: 'Công khai', row: 5, title: 'Dự toán', start: '2024-02-15', status: 'ongoing', reachedOn: '2024-03-15', publishBy: null, rule: 'CK_NIEM_YET' } as PostingJson;
    renderInFluent(
      <DownloadProvider value={{ blocked: true, pageUrl: 'https://dccs.example/taskpane.html' }}>
        <DueSoon report={report({ asOf: '2024-03-06', postings: [ongoing] })} />
      </DownloadProvider>,
    );
    expect(screen.queryByRole('button', { name: 'Tải lịch (.ics)' })).toBeNull();
    expect(screen.getByText(/Excel cho Mac không cho ngăn tác vụ tải tệp về máy.*mở trang https:\/\/dccs\.example\/taskpane\.html bằng Safari hoặc Chrome/)).toBeTruthy();
  });
});
