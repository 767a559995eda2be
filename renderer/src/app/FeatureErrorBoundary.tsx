// One per page (keyed by the route in App): a screen that throws while rendering shows what went
// wrong and a way back, instead of a blank window; the rest of the app (navigation, other pages)
// keeps working and nothing is written.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefFor } from './router';

interface Props {
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/** Control characters (a terminal escape, a bidi override) never reach the screen. */
function plain(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, ' ').slice(0, 300);
}

function Fallback({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const { t } = useTranslation('common');
  return (
    <section role="alert" className="card" data-testid="feature-error">
      <h2>{t('featureError.title')}</h2>
      <p>{t('featureError.body')}</p>
      <p className="muted">
        {t('featureError.detail')}: <code>{plain(error.message || error.name)}</code>
      </p>
      <p>
        <button type="button" onClick={onRetry}>
          {t('featureError.retry')}
        </button>{' '}
        <a href={hrefFor({ name: 'home' })}>{t('featureError.home')}</a>
      </p>
    </section>
  );
}

export class FeatureErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('A screen failed to render', error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error) {
      return <Fallback error={this.state.error} onRetry={() => this.setState({ error: null })} />;
    }
    return this.props.children;
  }
}
