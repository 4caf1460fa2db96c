// Failures stay local: each region of the page (map, rail, place panel, dialogs, analysis) has its own
// boundary, so an error there shows a message in that region only, with a Retry that re-mounts it.
import { Component, Fragment, type ReactNode } from 'react';
import { useMessages } from '../i18n/use-messages';
import { isChunkLoadError } from './lazy-with-retry';

export type Region = 'map' | 'rail' | 'panel' | 'dialog' | 'analysis' | 'timeline' | 'compare' | 'tour';

interface Props {
  region: Region;
  children: ReactNode;
  /** Offered beside Retry where the region can be dismissed (the place panel, a dialog). */
  onClose?: () => void;
  /** A new value (e.g. another place chosen) retries on its own. */
  resetKey?: unknown;
}
interface State {
  error: Error | null;
  /** Bumped by Retry: the children re-mount from scratch. */
  mount: number;
}

export class RegionBoundary extends Component<Props, State> {
  state: State = { error: null, mount: 0 };
  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }
  componentDidUpdate(prev: Props) {
    if (this.state.error && prev.resetKey !== this.props.resetKey) this.retry();
  }
  retry = () => {
    if (isChunkLoadError(this.state.error)) this.state.error.reset();
    this.setState((s) => ({ error: null, mount: s.mount + 1 }));
  };
  render() {
    const { error, mount } = this.state;
    if (error)
      return (
        <RegionError
          region={this.props.region}
          chunk={isChunkLoadError(error)}
          onRetry={this.retry}
          onClose={this.props.onClose}
        />
      );
    return <Fragment key={mount}>{this.props.children}</Fragment>;
  }
}

function RegionError({
  region,
  chunk,
  onRetry,
  onClose,
}: {
  region: Region;
  chunk: boolean;
  onRetry: () => void;
  onClose?: () => void;
}) {
  const m = useMessages();
  return (
    <div
      className={`region-error region-error-${region}`}
      role="alert"
      data-testid={`region-error-${region}`}
    >
      {/* A chunk that did not load is a network or deploy problem, not a fault of this region. */}
      <p>{chunk ? m.errors.chunk : m.errors[region]}</p>
      <div className="region-error-actions">
        <button type="button" className="button" onClick={onRetry}>
          {m.errors.retry}
        </button>
        {onClose && (
          <button type="button" className="button" onClick={onClose}>
            {m.app.close}
          </button>
        )}
      </div>
    </div>
  );
}
