/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import { ErrorBoundary } from '../../src/taskpane/ErrorBoundary';
import { renderInFluent } from './render';

function Broken(): never {
  throw new Error('cannot read properties of undefined');
}

describe('ErrorBoundary', () => {
  it('shows a rendering bug in an error bar instead of a blank pane', () => {
    // React reports the caught error on the console as well; keep the test output readable.
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    renderInFluent(<ErrorBoundary><Broken /></ErrorBoundary>);
    spy.mockRestore();
    expect(screen.getByText('Đã xảy ra lỗi: cannot read properties of undefined')).toBeTruthy();
  });
});
