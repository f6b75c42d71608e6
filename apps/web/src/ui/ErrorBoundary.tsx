import { Component, type ReactNode } from "react";

interface State {
  error: Error | undefined;
}

/**
 * A part of the page that failed to draw says so in words instead of blanking the page. The
 * usual cause is an app rebuilt since this tab opened (its old files are gone): reloading mends it.
 * React has error boundaries only as class components.
 */
export class ErrorBoundary extends Component<{ what: string; children: ReactNode }, State> {
  override state: State = { error: undefined };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="error-note" role="alert">
        <h2>{this.props.what} could not be shown</h2>
        <p>
          {this.state.error.message}. Cairn may have been updated since this page was opened:
          reloading usually fixes it.
        </p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload the page
        </button>
      </div>
    );
  }
}
