import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ErrorBoundary } from '../error-boundary';
import { FatalMessage } from '../fatal-message';

// React reports every caught error on the console; this test causes one on purpose.
beforeEach(() => vi.spyOn(console, 'error').mockImplementation(() => {}));
afterEach(() => vi.restoreAllMocks());

describe('the top-level error boundary', () => {
  test('a render error shows the message with the error, and Start again restores the page', async () => {
    let broken = true;
    function Atlas() {
      if (broken) throw new Error('Cannot read properties of undefined (reading "anchor")');
      return <p>The atlas</p>;
    }
    const onReset = vi.fn(() => {
      broken = false; // what the app's reset does: the state that broke it is cleared
    });
    render(
      <ErrorBoundary
        fallback={(error, reset) => <FatalMessage kind="app" problems={[error.message]} onReset={reset} />}
        onReset={onReset}
      >
        <Atlas />
      </ErrorBoundary>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The atlas stopped working');
    expect(alert).toHaveTextContent('页面出现故障');
    expect(alert).toHaveTextContent('reading "anchor"');

    await userEvent.setup().click(screen.getByRole('button', { name: /Start again/ }));
    expect(onReset).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('The atlas')).toBeInTheDocument();
  });
});
