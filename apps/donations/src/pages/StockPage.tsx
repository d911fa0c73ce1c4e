import { useQuery } from '@apollo/client/react';
import { Switch, Table, Space, Typography } from 'antd';
import { useState } from 'react';
import { EmptyState, ErrorState, LoadingState } from '@dx/design-system';
import { useLanguage, useTranslation } from '@dx/i18n';
import { formatNumber } from '../components/categories';
import { StockDocument, type StockFieldsFragment } from '../graphql/generated/graphql';

/** What the stores in the caller's scope hold, per category, added up or per store. */
export function StockPage() {
  const { t } = useTranslation('donations');
  const { language } = useLanguage();
  const [byStore, setByStore] = useState(false);
  const { data, loading, error, refetch } = useQuery(StockDocument, {
    variables: { byStore },
    fetchPolicy: 'cache-and-network',
  });
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <LoadingState />;
  const lines = data?.stock ?? [];
  const number = (v: number) => formatNumber(v, language);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space>
        <Switch checked={byStore} onChange={setByStore} id="stock-by-store" aria-label={t('stock.byStore')} />
        <Typography.Text>{t('stock.byStore')}</Typography.Text>
      </Space>
      {lines.length === 0 ? (
        <EmptyState description={t('stock.empty')} />
      ) : (
        <Table<StockFieldsFragment>
          rowKey={(l) => `${l.holder?.id ?? 'all'}-${l.category}`}
          dataSource={lines}
          pagination={false}
          columns={[
            ...(byStore
              ? [
                  {
                    title: t('stock.store'),
                    key: 'store',
                    render: (_: unknown, l: StockFieldsFragment) => l.holder?.name ?? t('stock.central'),
                  },
                ]
              : []),
            { title: t('stock.category'), key: 'category', render: (_, l) => t(`categories.${l.category}`) },
            {
              title: t('stock.received'),
              dataIndex: 'received',
              key: 'received',
              align: 'end',
              render: number,
            },
            {
              title: t('stock.handedOver'),
              dataIndex: 'handedOver',
              key: 'handedOver',
              align: 'end',
              render: number,
            },
            {
              title: t('stock.available'),
              dataIndex: 'available',
              key: 'available',
              align: 'end',
              render: (v: number) => (
                <Typography.Text strong type={v === 0 ? 'secondary' : undefined}>
                  {number(v)}
                </Typography.Text>
              ),
            },
          ]}
        />
      )}
    </Space>
  );
}
