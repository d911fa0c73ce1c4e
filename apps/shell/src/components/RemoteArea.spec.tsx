import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@dx/design-system/testing';
import { RemoteArea } from './RemoteArea';

const loadRemote = jest.fn();
jest.mock('@module-federation/enhanced/runtime', () => ({
  loadRemote: (...args: unknown[]) => loadRemote(...args),
  registerRemotes: jest.fn(),
}));

describe('RemoteArea', () => {
  beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));

  it('shows a contained, translated error when a desk cannot load, and Retry loads it again', async () => {
    loadRemote.mockRejectedValueOnce(new Error('RUNTIME-003 Failed to get manifest'));
    loadRemote.mockResolvedValueOnce({ default: () => <p>training desk</p> });
    renderWithProviders(
      <RemoteArea remote={{ name: 'training', entry: 'http://127.0.0.1:4203/mf-manifest.json' }} />,
    );
    expect(await screen.findByText('The "Training" desk cannot be loaded.')).toBeInTheDocument();
    expect(screen.getByText('The other desks keep working. Try again in a few minutes.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('training desk')).toBeInTheDocument();
    expect(loadRemote).toHaveBeenCalledWith('training/App');
  });
});
