/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import type { BoundActions } from '../../src/taskpane/bindActions';
import type { CheckResult } from '../../src/taskpane/actions';
import { OfficeApp } from '../../src/taskpane/OfficeApp';
import { checkResult, deferred } from './fixtures';
import { renderInFluent } from './render';

function actions(overrides: Partial<BoundActions> = {}): BoundActions {
  return {
    check: jest.fn(), createTemplate: jest.fn(), goToRow: jest.fn(), makeReports: jest.fn(), readSettings: jest.fn(), readRow: jest.fn(),
    ...overrides,
  } as BoundActions;
}

describe('OfficeApp, the pane in Excel', () => {
  it('disables the other screens\' actions while a check writes the workbook, and frees them after', async () => {
    const pending = deferred<CheckResult>();
    renderInFluent(<OfficeApp actions={actions({ check: jest.fn(() => pending.promise) })} defaultYear={2024} initialLang="vi" />);
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Lập báo cáo', hidden: true }).hasAttribute('disabled')).toBe(true));
    expect(screen.getByRole('button', { name: 'Tạo sổ theo dõi mẫu', hidden: true }).hasAttribute('disabled')).toBe(true);
    await act(async () => pending.resolve(checkResult()));
    expect(screen.getByRole('button', { name: 'Lập báo cáo', hidden: true }).hasAttribute('disabled')).toBe(false);
  });

  it('starts in the language it is given (Office\'s display language)', () => {
    renderInFluent(<OfficeApp actions={actions()} defaultYear={2024} initialLang="en" />);
    expect(screen.getByRole('button', { name: 'Check' })).toBeTruthy();
  });
});
