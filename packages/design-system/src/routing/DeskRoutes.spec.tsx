import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, useLocation } from 'react-router';
import { renderWithProviders } from '../testing';
import { DeskButtonLink, DeskLink } from './DeskLink';
import { DeskRoutes } from './DeskRoutes';
import { activeTab } from './DeskTabs';
import { useDeskNavigate } from './deskRoot';

function Where() {
  return <output data-testid="where">{useLocation().pathname}</output>;
}

function Detail() {
  const go = useDeskNavigate();
  return (
    <>
      <Where />
      <DeskLink to="list">back to list</DeskLink>
      <button onClick={() => go('list/7', { replace: true })}>save</button>
    </>
  );
}

function Desk() {
  const tabs = [
    { path: 'list', label: 'List' },
    { path: 'due', label: 'Due soon' },
  ];
  return (
    <DeskRoutes
      title="Tasks"
      tabs={tabs}
      home="list"
      actions={<DeskButtonLink to="list/new">Assign task</DeskButtonLink>}
    >
      <Route path="list" element={<Where />} />
      <Route path="list/new" element={<Detail />} />
      <Route path="list/:id" element={<Where />} />
      <Route path="due" element={<Where />} />
    </DeskRoutes>
  );
}

const open = (url: string) => renderWithProviders(<Desk />, { url, path: '/tasks/*' });

describe('DeskRoutes', () => {
  it('opens the home screen from the desk root', () => {
    open('/tasks');
    expect(screen.getByTestId('where')).toHaveTextContent('/tasks/list');
  });

  it('resolves a header button from the desk root whichever tab is open', async () => {
    open('/tasks/list');
    const assign = screen.getByRole('link', { name: 'Assign task' });
    expect(assign).toHaveAttribute('href', '/tasks/list/new');
    await userEvent.click(assign);
    expect(screen.getByTestId('where')).toHaveTextContent('/tasks/list/new');
  });

  it('keeps tabs inside the desk from a sub-page, as real links with the open one marked', async () => {
    open('/tasks/list/42');
    expect(screen.getByRole('link', { name: 'List' })).toHaveAttribute('aria-current', 'page');
    const due = screen.getByRole('link', { name: 'Due soon' });
    expect(due).toHaveAttribute('href', '/tasks/due');
    await userEvent.click(due);
    expect(screen.getByTestId('where')).toHaveTextContent('/tasks/due');
    expect(screen.getByRole('link', { name: 'Due soon' })).toHaveAttribute('aria-current', 'page');
  });

  it('links and navigation inside a page are written from the root', async () => {
    open('/tasks/list/new');
    expect(screen.getByRole('link', { name: 'back to list' })).toHaveAttribute('href', '/tasks/list');
    await userEvent.click(screen.getByRole('button', { name: 'save' }));
    expect(screen.getByTestId('where')).toHaveTextContent('/tasks/list/7');
  });

  it('shows "not found" with a way back for an unknown path inside the desk', async () => {
    open('/tasks/nowhere/at/all');
    expect(screen.getByTestId('desk-not-found')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('link', { name: 'Back to the desk' }));
    expect(screen.getByTestId('where')).toHaveTextContent('/tasks/list');
  });

  it('picks the longest matching tab', () => {
    const tabs = [
      { path: 'indicators', label: 'a' },
      { path: 'indicators/entry', label: 'b' },
    ];
    expect(activeTab(tabs, '/indicators/entry')?.label).toBe('b');
    expect(activeTab(tabs, '/indicators')?.label).toBe('a');
    expect(activeTab(tabs, '/other')).toBeUndefined();
  });
});
