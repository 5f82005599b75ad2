/**
 * Around a chart whose code is a chunk of its own (uPlot, loaded only when a chart shows): if
 * that chunk cannot load (offline on a laptop that never fetched it), the fallback shows and
 * the table beside the chart, its text equivalent, stays.
 */
import { Component, type ReactNode } from 'react';

export class ChartBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
