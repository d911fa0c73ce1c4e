import { useQuery } from '@apollo/client/react';
import { Table, Tag } from 'antd';
import { EmptyState, ErrorState, formatDay, LoadingState } from '@dx/design-system';
import { useLanguage, useTranslation } from '@dx/i18n';
import { StockMovementListDocument, type StockMovementListQuery } from '../graphql/generated/graphql';

type Movement = StockMovementListQuery['stockMovements']['nodes'][number];

/** Transfers (PX), write-offs (TL) and returns (TH), newest first. */
export function MovementsPage() {
  const { t } = useTranslation('donations');
  const { language } = useLanguage();
  const { data, loading, error, refetch } = useQuery(StockMovementListDocument, {
    variables: { first: 50 },
    fetchPolicy: 'cache-and-network',
  });
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <LoadingState />;
  const rows = data?.stockMovements.nodes ?? [];
  if (rows.length === 0) return <EmptyState description={t('stores.noMovements')} />;
  return (
    <Table<Movement>
      rowKey="id"
      dataSource={rows}
      pagination={false}
      columns={[
        {
          title: t('stores.recordNo'),
          key: 'no',
          render: (_, m) => <bdi style={{ whiteSpace: 'nowrap' }}>{m.recordNo}</bdi>,
        },
        { title: t('stores.kind'), key: 'kind', render: (_, m) => <Tag>{t(`stores.kinds.${m.kind}`)}</Tag> },
        { title: t('stores.date'), key: 'date', render: (_, m) => formatDay(m.occurredOn, language) },
        { title: t('stores.from'), key: 'from', render: (_, m) => m.from?.name ?? t('stock.central') },
        {
          title: t('stores.to'),
          key: 'to',
          render: (_, m) =>
            m.kind === 'WRITE_OFF' ? t(`stores.reasons.${m.reason}`) : (m.to?.name ?? t('stock.central')),
        },
        {
          title: t('stores.lines'),
          key: 'lines',
          render: (_, m) =>
            m.lines
              .map(
                (l) =>
                  `${t(`categories.${l.category}`)} × ${l.quantity}${l.serialNumbers.length ? ` (${l.serialNumbers.join(', ')})` : ''}`,
              )
              .join('; '),
        },
      ]}
    />
  );
}
