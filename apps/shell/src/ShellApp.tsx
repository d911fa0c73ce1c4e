import { Result } from 'antd';
import { Suspense, lazy, useEffect } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { LoadingState } from '@dx/design-system';
import { useSession } from '@dx/graphql-client';
import { useTranslation } from '@dx/i18n';
import { RemoteArea } from './components/RemoteArea';
import { ShellLayout } from './components/ShellLayout';
import { visibleDesks } from './desks';
import { DashboardPage } from './home/DashboardPage';
import { usePreloadOnIntent } from './preload-intent';
import { preloadDesk, type RemoteEntry } from './remotes';

// Loaded when an administrator opens it, so the home screen does not carry it.
const AuditConsolePage = lazy(() =>
  import('./audit/AuditConsolePage').then((m) => ({ default: m.AuditConsolePage })),
);

function SignedInRoutes({ remotes }: { remotes: RemoteEntry[] }) {
  const { t } = useTranslation('shell');
  const { roles } = useSession();
  useEffect(() => {
    document.title = t('appName');
  }, [t]);
  const desks = visibleDesks(
    roles,
    remotes.map((r) => r.name),
  );
  usePreloadOnIntent(remotes, preloadDesk);
  return (
    <ShellLayout desks={desks}>
      <Routes>
        <Route index element={<DashboardPage desks={desks} />} />
        {desks.map((desk) => {
          const remote = remotes.find((r) => r.name === desk.name);
          // Keyed by desk: otherwise React keeps one RemoteArea across desks and a failed desk's error
          // state (and its lazy component) would be shown for the next desk opened.
          return (
            remote && (
              <Route
                key={desk.name}
                path={`${desk.name}/*`}
                element={<RemoteArea key={desk.name} remote={remote} />}
              />
            )
          );
        })}
        {roles.includes('ADMIN') && (
          <Route
            path="audit"
            element={
              <Suspense fallback={<LoadingState />}>
                <AuditConsolePage />
              </Suspense>
            }
          />
        )}
        <Route path="*" element={<Result status="404" title={t('notFound')} />} />
      </Routes>
    </ShellLayout>
  );
}

export function ShellApp({ remotes }: { remotes: RemoteEntry[] }) {
  return (
    <BrowserRouter>
      <Routes>
        {/* Signing in happens before the router exists (ShellRoot); an old link lands on home. */}
        <Route path="/signin" element={<Navigate to="/" replace />} />
        <Route path="*" element={<SignedInRoutes remotes={remotes} />} />
      </Routes>
    </BrowserRouter>
  );
}
