import { Route } from 'react-router';
import { DeskButtonLink, DeskRoutes } from '@dx/design-system';
import { useSession } from '@dx/graphql-client';
import { registerNamespace, useTranslation } from '@dx/i18n';
import ar from '@dx/i18n/locales/ar/tasks.json';
import en from '@dx/i18n/locales/en/tasks.json';
import vi from '@dx/i18n/locales/vi/tasks.json';
import evaluationAr from '@dx/i18n/locales/ar/evaluation.json';
import evaluationEn from '@dx/i18n/locales/en/evaluation.json';
import evaluationVi from '@dx/i18n/locales/vi/evaluation.json';
import { EvaluationPage } from './pages/evaluation/EvaluationPage';
import { CommitteeDetailPage } from './pages/CommitteeDetailPage';
import { CommitteePage } from './pages/CommitteePage';
import { DueSoonPage } from './pages/DueSoonPage';
import { IndicatorEntryPage } from './pages/IndicatorEntryPage';
import { IndicatorReportPage } from './pages/IndicatorReportPage';
import { MyTasksPage } from './pages/MyTasksPage';
import { ScorecardPage } from './pages/ScorecardPage';
import { TaskCreatePage } from './pages/TaskCreatePage';
import { TaskDetailPage } from './pages/TaskDetailPage';
import { TaskListPage } from './pages/TaskListPage';

// This desk's strings ship in its own bundle, so redeploying the desk alone updates them.
registerNamespace('tasks', { vi, en, ar });
registerNamespace('evaluation', { vi: evaluationVi, en: evaluationEn, ar: evaluationAr });

/** The tasks desk (steering committee work), mounted by the shell at /tasks/*. */
export default function TasksApp() {
  const { t } = useTranslation('tasks');
  const { hasAnyRole } = useSession();
  const secretariat = hasAnyRole('SECRETARIAT');
  const { t: te } = useTranslation('evaluation');
  const tabs = [
    ...(['mine', 'list', 'due', 'scorecard', 'indicators', 'committee'] as const).map((path) => ({
      path,
      label: t(`tabs.${path}`),
    })),
    { path: 'evaluation', label: te('tab') },
  ];
  const actions = hasAnyRole('SECRETARIAT') && (
    <DeskButtonLink to="list/new" type="primary">
      {t('actions.assign')}
    </DeskButtonLink>
  );
  return (
    <DeskRoutes title={t('title')} tabs={tabs} actions={actions} home={secretariat ? 'list' : 'mine'}>
      <Route path="mine" element={<MyTasksPage />} />
      <Route path="list" element={<TaskListPage />} />
      <Route path="list/new" element={<TaskCreatePage />} />
      <Route path="list/:id" element={<TaskDetailPage />} />
      <Route path="due" element={<DueSoonPage />} />
      <Route path="scorecard" element={<ScorecardPage />} />
      <Route path="indicators" element={<IndicatorReportPage />} />
      <Route path="indicators/entry" element={<IndicatorEntryPage />} />
      <Route path="committee" element={<CommitteePage />} />
      <Route path="committee/:id" element={<CommitteeDetailPage />} />
      <Route path="committee/:id/:section" element={<CommitteeDetailPage />} />
      <Route path="evaluation" element={<EvaluationPage />} />
      <Route path="evaluation/:section" element={<EvaluationPage />} />
    </DeskRoutes>
  );
}
