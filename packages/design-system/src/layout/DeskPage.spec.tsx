import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { renderWithProviders } from '../testing';
import { DeskPage } from './DeskPage';

function Where() {
  return <output data-testid="where">{useLocation().pathname}</output>;
}

function Desk() {
  const tabs = [
    { path: 'people', label: 'People' },
    { path: 'audit', label: 'Change log' },
  ];
  return (
    <Routes>
      <Route element={<DeskPage title="Directory" tabs={tabs} />}>
        <Route path="people" element={<Where />} />
        <Route path="audit" element={<Where />} />
      </Route>
    </Routes>
  );
}

describe('DeskPage', () => {
  it('marks the current tab and moves between tabs under wherever the desk is mounted', async () => {
    renderWithProviders(<Desk />, { url: '/directory/audit', path: '/directory/*' });
    expect(screen.getByRole('tab', { name: 'Change log' })).toHaveAttribute('aria-selected', 'true');
    await userEvent.click(screen.getByRole('tab', { name: 'People' }));
    expect(screen.getByTestId('where')).toHaveTextContent('/directory/people');
  });
});
