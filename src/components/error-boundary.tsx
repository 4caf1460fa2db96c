import { Component, Fragment, type ReactNode } from 'react';

interface Props {
  /** What to show instead of the children; `reset` re-mounts them (after `onReset`). */
  fallback: (error: Error, reset: () => void) => ReactNode;
  /** Clears whatever state may have caused the error (e.g. the view in the link) before re-mounting. */
  onReset?: () => void;
  children: ReactNode;
}
interface State {
  error: Error | null;
  mount: number;
}

/** Last line of defence: a readable message instead of a blank page, and a way back without reloading. */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null, mount: 0 };
  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }
  reset = () => {
    this.props.onReset?.();
    this.setState((s) => ({ error: null, mount: s.mount + 1 }));
  };
  render() {
    const { error, mount } = this.state;
    if (error) return this.props.fallback(error, this.reset);
    return <Fragment key={mount}>{this.props.children}</Fragment>;
  }
}
