import { Route } from 'react-router';
import { DeskRoutes } from '@dx/design-system';
import { registerNamespace, useTranslation } from '@dx/i18n';
import ar from '@dx/i18n/locales/ar/training.json';
import en from '@dx/i18n/locales/en/training.json';
import vi from '@dx/i18n/locales/vi/training.json';
import { CertificatePage } from './pages/CertificatePage';
import { CoursesPage } from './pages/CoursesPage';
import { PersonRecordPage } from './pages/PersonRecordPage';
import { ProgressPage } from './pages/ProgressPage';
import { SessionPage } from './pages/SessionPage';
import { SessionsPage } from './pages/SessionsPage';

// This desk's strings ship in its own bundle, so redeploying the desk alone updates them.
registerNamespace('training', { vi, en, ar });

/** The training desk, mounted by the shell at /training/*. */
export default function TrainingApp() {
  const { t } = useTranslation('training');
  const tabs = [
    { path: 'courses', label: t('tabs.courses') },
    { path: 'sessions', label: t('tabs.sessions') },
    { path: 'progress', label: t('tabs.progress') },
  ];
  return (
    <DeskRoutes title={t('title')} tabs={tabs} home="sessions">
      <Route path="courses" element={<CoursesPage />} />
      <Route path="sessions" element={<SessionsPage />} />
      <Route path="sessions/:sessionId" element={<SessionPage />} />
      <Route path="certificates/:enrolmentId" element={<CertificatePage />} />
      <Route path="progress" element={<ProgressPage />} />
      <Route path="people/:personId" element={<PersonRecordPage />} />
    </DeskRoutes>
  );
}
