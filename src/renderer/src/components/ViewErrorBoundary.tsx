import { Component, useEffect, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { markReady } from '../app/ready';

/** What the moderator sees instead of a view that failed while drawing: what happened, that nothing is lost, and a way on. */
function ViewFailed({ error, onReload }: { error: Error; onReload: () => void }) {
  const { t } = useTranslation();
  useEffect(markReady, []); // the page is drawn as it will stay until the moderator acts
  return (
    <main className="page narrow view-failed" role="alert" data-testid="view-failed">
      <h1>{t('common:viewFailed.title')}</h1>
      <p>{t('common:viewFailed.body')}</p>
      <p>
        <button type="button" className="primary" onClick={onReload} data-testid="view-failed-reload" autoFocus>
          {t('common:viewFailed.reload')}
        </button>
      </p>
      <details>
        <summary>{t('common:viewFailed.detail')}</summary>
        <pre className="view-failed-detail">{error.message}</pre>
      </details>
    </main>
  );
}

interface State {
  error: Error | null;
  /** bumped by "reload this view": the view is mounted afresh, its data loaded again */
  attempt: number;
}

/**
 * One per view (App wraps each page in its own): a view that throws while
 * drawing shows ViewFailed in its place, and the top bar, the other views and
 * the open dialogs of the app go on working. React offers this only as a class.
 */
export class ViewErrorBoundary extends Component<{ children: ReactNode; onReload?: () => void }, State> {
  override state: State = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // the developer's console (and Electron's log); the moderator gets the plain message above
    console.error('A view failed while drawing', error, info.componentStack);
  }

  /** The view mounted afresh; `onReload` first drops the data it had, which may be what tripped it. */
  private readonly reload = () => {
    this.props.onReload?.();
    this.setState((s) => ({ error: null, attempt: s.attempt + 1 }));
  };

  override render(): ReactNode {
    if (this.state.error) return <ViewFailed error={this.state.error} onReload={this.reload} />;
    return <ViewAttempt key={this.state.attempt}>{this.props.children}</ViewAttempt>;
  }
}

function ViewAttempt({ children }: { children: ReactNode }) {
  return children;
}
