import { Route } from 'react-router';
import { DeskButtonLink, DeskRoutes } from '@dx/design-system';
import { useSession } from '@dx/graphql-client';
import { registerNamespace, useTranslation } from '@dx/i18n';
import ar from '@dx/i18n/locales/ar/donations.json';
import en from '@dx/i18n/locales/en/donations.json';
import vi from '@dx/i18n/locales/vi/donations.json';
import { DistributePage } from './pages/DistributePage';
import { DonationsPage } from './pages/DonationsPage';
import { DonorsPage } from './pages/DonorsPage';
import { HandOverPage } from './pages/HandOverPage';
import { HandoverRecordPage } from './pages/HandoverRecordPage';
import { HandoversPage } from './pages/HandoversPage';
import { RecordDonationPage } from './pages/RecordDonationPage';
import { ReportsPage } from './pages/ReportsPage';
import { StockPage } from './pages/StockPage';
import { EquipmentPage } from './pages/EquipmentPage';
import { ThankYouLetterPage } from './pages/ThankYouLetterPage';
import { MovementsPage } from './pages/MovementsPage';
import { TransferPage, WriteOffPage } from './pages/TransferPage';

// This desk's strings ship in its own bundle, so redeploying the desk alone updates them.
registerNamespace('donations', { vi, en, ar });

/** The donations desk, mounted by the shell at /donations/*. */
export default function DonationsApp() {
  const { t } = useTranslation('donations');
  const { hasAnyRole } = useSession();
  const tabs = (
    ['stock', 'donations', 'handovers', 'movements', 'equipment', 'donors', 'reports'] as const
  ).map((path) => ({
    path,
    label: t(`tabs.${path}`),
  }));
  const actions = hasAnyRole('DONATIONS_OFFICER') && (
    <>
      <DeskButtonLink to="donations/new">{t('actions.recordDonation')}</DeskButtonLink>
      <DeskButtonLink to="handovers/new" type="primary">
        {t('actions.handOver')}
      </DeskButtonLink>
      <DeskButtonLink to="distribute">{t('actions.distribute')}</DeskButtonLink>
      <DeskButtonLink to="movements/transfer">{t('actions.transfer')}</DeskButtonLink>
      <DeskButtonLink to="movements/write-off">{t('actions.writeOff')}</DeskButtonLink>
    </>
  );
  return (
    <DeskRoutes title={t('title')} tabs={tabs} actions={actions} home="stock">
      <Route path="stock" element={<StockPage />} />
      <Route path="donations" element={<DonationsPage />} />
      <Route path="donations/new" element={<RecordDonationPage />} />
      <Route path="handovers" element={<HandoversPage />} />
      <Route path="handovers/new" element={<HandOverPage />} />
      <Route path="handovers/:id" element={<HandoverRecordPage />} />
      <Route path="distribute" element={<DistributePage />} />
      <Route path="movements" element={<MovementsPage />} />
      <Route path="movements/transfer" element={<TransferPage />} />
      <Route path="movements/write-off" element={<WriteOffPage />} />
      <Route path="equipment" element={<EquipmentPage />} />
      <Route path="donors" element={<DonorsPage />} />
      <Route path="donors/:id/letter" element={<ThankYouLetterPage />} />
      <Route path="reports" element={<ReportsPage />} />
    </DeskRoutes>
  );
}
