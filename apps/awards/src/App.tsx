import { Route } from 'react-router';
import { DeskRoutes } from '@dx/design-system';
import { registerNamespace, useTranslation } from '@dx/i18n';
import ar from '@dx/i18n/locales/ar/awards.json';
import en from '@dx/i18n/locales/en/awards.json';
import vi from '@dx/i18n/locales/vi/awards.json';
import { useSession } from '@dx/graphql-client';
import { CertificatePage } from './pages/CertificatePage';
import { DecisionPage } from './pages/DecisionPage';
import { HonoursPage } from './pages/HonoursPage';
import { NominatePage } from './pages/NominatePage';
import { ReviewQueuePage } from './pages/ReviewQueuePage';
import { RoundPage } from './pages/RoundPage';
import { RoundsPage } from './pages/RoundsPage';

// This desk's strings ship in its own bundle, so redeploying the desk alone updates them.
registerNamespace('awards', { vi, en, ar });

/** The awards desk, mounted by the shell at /awards/*. */
export default function AwardsApp() {
  const { t } = useTranslation('awards');
  const { hasAnyRole } = useSession();
  const tabs = [
    { path: 'rounds', label: t('tabs.rounds') },
    ...(hasAnyRole('AWARD_COMMITTEE', 'SECRETARIAT', 'COMMITTEE_MEMBER')
      ? [{ path: 'nominate', label: t('tabs.nominate') }]
      : []),
    ...(hasAnyRole('AWARD_COMMITTEE') ? [{ path: 'reviews', label: t('tabs.reviews') }] : []),
  ];
  return (
    <DeskRoutes title={t('title')} tabs={tabs} home="rounds">
      <Route path="rounds" element={<RoundsPage />} />
      <Route path="rounds/:roundId" element={<RoundPage />} />
      <Route path="rounds/:roundId/honours" element={<HonoursPage />} />
      <Route path="rounds/:roundId/decision" element={<DecisionPage />} />
      <Route path="certificates/:nominationId" element={<CertificatePage />} />
      <Route path="nominate" element={<NominatePage />} />
      <Route path="reviews" element={<ReviewQueuePage />} />
    </DeskRoutes>
  );
}
