import { Component, type ReactNode } from 'react';
import { describeError } from './describeError';
import { ErrorBar } from './ErrorBar';

interface ErrorBoundaryState {
  readonly message: string | null;
}

/**
 * The one place a bug in rendering is caught (STYLE.md, Errors): the user sees what broke instead
 * of a blank pane. Async failures of use cases never get here; `useAction` shows those.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { message: null };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { message: describeError(error) };
  }

  override render() {
    if (this.state.message !== null) {
      return <ErrorBar title="Ngăn tác vụ gặp lỗi, hãy đóng và mở lại" message={this.state.message} />;
    }
    return this.props.children;
  }
}
