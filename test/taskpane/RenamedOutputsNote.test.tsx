/** @jest-environment jsdom */
import { fireEvent, screen, within } from '@testing-library/react';
import { CheckPanel } from '../../src/taskpane/CheckPanel';
import { RenamedOutputsNote } from '../../src/taskpane/RenamedOutputsNote';
import { checkResult } from './fixtures';
import { renderInFluent } from './render';

describe('outputs written under another name', () => {
  it('«Kiểm tra» says the user sheet KQ Kiểm tra was kept and where the findings went', async () => {
    const result = { ...checkResult(), write: { written: ['KQ Kiểm tra (2)'], skipped: [], skippedFeatures: [] }, renamedOutputs: [{ wanted: 'KQ Kiểm tra', written: 'KQ Kiểm tra (2)' }] };
    renderInFluent(<CheckPanel check={() => Promise.resolve(result)} />);
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    expect(await screen.findByText('Sheet "KQ Kiểm tra" trong sổ không do DCCS tạo nên được giữ nguyên; kết quả ghi vào "KQ Kiểm tra (2)".')).toBeTruthy();
  });

  it('lists several, and says nothing when none moved', () => {
    const { container, rerender } = renderInFluent(<RenamedOutputsNote renamed={[]} />);
    expect(container.textContent).toBe('');
    rerender(<RenamedOutputsNote renamed={[{ wanted: 'Báo cáo', written: 'Báo cáo (2)' }, { wanted: 'Tổng hợp', written: 'Tổng hợp (3)' }]} />);
    expect(within(screen.getByRole('list', { name: 'Sheet kết quả đổi tên' })).getAllByRole('listitem')).toHaveLength(2);
  });
});
