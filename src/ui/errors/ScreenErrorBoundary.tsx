/**
 * Catches a failure inside one screen (most often its chunk failing to download) and shows
 * what to do in its place; the header, menu and other screens keep working.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ScreenLoadFailed } from './ScreenLoadFailed';

export class ScreenErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: undefined };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('A screen failed', error, info.componentStack);
  }

  override render() {
    return this.state.error === undefined ? this.props.children : <ScreenLoadFailed />;
  }
}
