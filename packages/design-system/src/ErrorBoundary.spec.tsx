import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ErrorBoundary } from './ErrorBoundary';

describe('ErrorBoundary', () => {
  it('contains a throwing area and renders it again on retry', async () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    let broken = true;
    function Desk() {
      if (broken) throw new Error('desk failed');
      return <p>desk works</p>;
    }
    render(
      <>
        <p>shell works</p>
        <ErrorBoundary fallback={(_e, retry) => <button onClick={retry}>Retry</button>}>
          <Desk />
        </ErrorBoundary>
      </>,
    );
    expect(screen.getByText('shell works')).toBeInTheDocument();
    broken = false;
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(screen.getByText('desk works')).toBeInTheDocument();
  });
});
