import type { ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { DeskPage } from '../layout/DeskPage';
import { DeskNotFound } from './DeskNotFound';
import type { DeskTab } from './DeskTabs';
import { DeskRootProvider, joinDeskPath, useDeskRoot } from './deskRoot';

export interface DeskRoutesProps {
  title: ReactNode;
  /** The tabs under the title, paths from the desk's root. */
  tabs?: DeskTab[];
  /** Header buttons, typically `<DeskButtonLink to="list/new">`. */
  actions?: ReactNode;
  /** The screen the desk opens on, e.g. `list` (the desk's root redirects there). */
  home: string;
  /** The desk's `<Route>`s, with paths from the desk's root (`list`, `list/:id`). */
  children: ReactNode;
}

function HomeRedirect({ home }: { home: string }) {
  const root = useDeskRoot();
  return <Navigate to={joinDeskPath(root, home)} replace />;
}

/**
 * All of a desk's routing in one place: its title, tabs and header buttons around every screen,
 * the root redirecting to `home`, and a "not found" screen (with a way back) for any other path.
 */
export function DeskRoutes({ title, tabs, actions, home, children }: DeskRoutesProps) {
  return (
    <DeskRootProvider>
      <Routes>
        <Route element={<DeskPage title={title} tabs={tabs} actions={actions} />}>
          <Route index element={<HomeRedirect home={home} />} />
          {children}
          <Route path="*" element={<DeskNotFound />} />
        </Route>
      </Routes>
    </DeskRootProvider>
  );
}
