import { Route } from 'react-router';
import { DeskRoutes } from '@dx/design-system';
import { registerNamespace, useTranslation } from '@dx/i18n';
import ar from '@dx/i18n/locales/ar/campaigns.json';
import en from '@dx/i18n/locales/en/campaigns.json';
import vi from '@dx/i18n/locales/vi/campaigns.json';
import { CampaignPage } from './pages/CampaignPage';
import { CampaignsPage } from './pages/CampaignsPage';
import { QuickEntryPage } from './pages/QuickEntryPage';
import { ReportPage } from './pages/ReportPage';

// This desk's strings ship in its own bundle, so redeploying the desk alone updates them.
registerNamespace('campaigns', { vi, en, ar });

/** The campaigns desk, mounted by the shell at /campaigns/*. */
export default function CampaignsApp() {
  const { t } = useTranslation('campaigns');
  return (
    <DeskRoutes title={t('title')} tabs={[{ path: 'list', label: t('tabs.list') }]} home="list">
      <Route path="list" element={<CampaignsPage />} />
      <Route path=":campaignId" element={<CampaignPage />} />
      <Route path=":campaignId/entry" element={<QuickEntryPage />} />
      <Route path=":campaignId/report" element={<ReportPage />} />
    </DeskRoutes>
  );
}
