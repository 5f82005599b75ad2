/** The last line: any render error anywhere becomes a message in the user's language. */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { RenderErrorScreen } from './RenderErrorScreen';

export class AppErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: undefined };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('The app failed to render', error, info.componentStack);
  }

  override render() {
    return this.state.error === undefined ? this.props.children : <RenderErrorScreen />;
  }
}
