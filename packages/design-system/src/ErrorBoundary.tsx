import { Component, type ErrorInfo, type ReactNode } from 'react';

export interface ErrorBoundaryProps {
  /** What to show instead of the children, with a way to try again. */
  fallback: (error: unknown, retry: () => void) => ReactNode;
  onRetry?: () => void;
  children: ReactNode;
}

interface State {
  error: unknown;
  attempt: number;
}

/** Keeps a failing area (a desk that cannot load or throws) from taking the page down. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  state: State = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error ?? new Error('unknown') };
  }

  componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Contained error', error, info.componentStack);
  }

  private retry = () => {
    this.props.onRetry?.();
    this.setState((s) => ({ error: null, attempt: s.attempt + 1 }));
  };

  render(): ReactNode {
    if (this.state.error) return this.props.fallback(this.state.error, this.retry);
    return <div key={this.state.attempt}>{this.props.children}</div>;
  }
}
