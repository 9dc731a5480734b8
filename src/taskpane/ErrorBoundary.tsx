import { Component, type ReactNode } from 'react';
import { describeError } from './describeError';
import { ErrorBar } from './ErrorBar';
import { LangContext, type Lang } from './i18n';
import { STRINGS } from './strings';

interface ErrorBoundaryState {
  readonly message: string | null;
}

/**
 * The one place a bug in rendering is caught (STYLE.md, Errors): the user sees what broke instead
 * of a blank pane. Async failures of use cases never get here; `useAction` shows those.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, ErrorBoundaryState> {
  static override contextType = LangContext;
  declare context: Lang;
  override state: ErrorBoundaryState = { message: null };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { message: describeError(error) };
  }

  override render() {
    if (this.state.message !== null) {
      return <ErrorBar title={STRINGS[this.context ?? 'vi'].crashTitle} message={this.state.message} />;
    }
    return this.props.children;
  }
}
