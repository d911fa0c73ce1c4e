import { Route } from 'react-router';
import { DeskRoutes } from '@dx/design-system';
import { registerNamespace, useTranslation } from '@dx/i18n';
import ar from '@dx/i18n/locales/ar/directory.json';
import en from '@dx/i18n/locales/en/directory.json';
import vi from '@dx/i18n/locales/vi/directory.json';
import { AccountsPage } from './pages/AccountsPage';
import { AuditPage } from './pages/AuditPage';
import { PeoplePage } from './pages/PeoplePage';
import { UnitsPage } from './pages/UnitsPage';

// This desk's strings ship in its own bundle, so redeploying the desk alone updates them.
registerNamespace('directory', { vi, en, ar });

/** The directory desk, mounted by the shell at /directory/*. */
export default function DirectoryApp() {
  const { t } = useTranslation('directory');
  const tabs = [
    { path: 'units', label: t('tabs.units') },
    { path: 'people', label: t('tabs.people') },
    { path: 'accounts', label: t('tabs.accounts') },
    { path: 'audit', label: t('tabs.audit') },
  ];
  return (
    <DeskRoutes title={t('title')} tabs={tabs} home="units">
      <Route path="units" element={<UnitsPage />} />
      <Route path="people" element={<PeoplePage />} />
      <Route path="accounts" element={<AccountsPage />} />
      <Route path="audit" element={<AuditPage />} />
    </DeskRoutes>
  );
}
