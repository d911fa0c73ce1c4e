import { useQuery } from '@apollo/client/react';
import { Alert, Typography } from 'antd';
import { useSession } from '@dx/graphql-client';
import { LoadingState } from '@dx/design-system';
import { registerNamespace, useTranslation } from '@dx/i18n';
import ar from '@dx/i18n/locales/ar/dashboard.json';
import en from '@dx/i18n/locales/en/dashboard.json';
import vi from '@dx/i18n/locales/vi/dashboard.json';
import { HomePage } from '../pages/HomePage';
import type { Desk } from '../desks';
import { CampaignProgress } from './CampaignProgress';
import { SummaryCards } from './SummaryCards';
import { cardOrder } from './cardOrder';
import { DashboardDocument } from './operations';

registerNamespace('dashboard', { vi, en, ar });

/** The command dashboard: the caller's work queue first, then the running campaigns; the desks below. */
export function DashboardPage({ desks }: { desks: Desk[] }) {
  const { t } = useTranslation('dashboard');
  const { session, roles } = useSession();
  const unitId = session?.account.scopeUnit?.id;
  const { data, loading, error } = useQuery(DashboardDocument, {
    variables: { unitId: unitId ?? '' },
    skip: !unitId,
    errorPolicy: 'all',
    fetchPolicy: 'cache-and-network',
  });
  const unit = data?.unit;
  const unavailable = Boolean(error);
  return (
    <>
      <section data-testid="dashboard" style={{ marginBottom: 24 }}>
        <Typography.Title level={3}>
          {t('title', { unit: unit?.name ?? session?.account.scopeUnit?.name ?? '' })}
        </Typography.Title>
        {!unitId && <Alert type="info" message={t('noScope')} />}
        {loading && !unit && <LoadingState />}
        {unit && (
          <>
            <SummaryCards unit={unit} order={cardOrder(roles)} unavailable={unavailable} />
            <Typography.Title level={4}>{t('runningCampaigns')}</Typography.Title>
            {unit.campaignSummary === null ? (
              <Alert type="warning" message={t('unavailable')} data-testid="summary-campaigns-unavailable" />
            ) : unit.campaignSummary.runningCampaigns.length === 0 ? (
              <Typography.Paragraph>{t('noRunningCampaign')}</Typography.Paragraph>
            ) : (
              unit.campaignSummary.runningCampaigns.map((c) => <CampaignProgress key={c.id} campaign={c} />)
            )}
          </>
        )}
      </section>
      <HomePage desks={desks} />
    </>
  );
}
