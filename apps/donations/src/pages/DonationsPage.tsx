import type { ColumnsType } from 'antd/es/table';
import { ConnectionTable, formatDay } from '@dx/design-system';
import { useLanguage, useTranslation } from '@dx/i18n';
import { formatNumber } from '../components/categories';
import { DonationListDocument, type DonationListQuery } from '../graphql/generated/graphql';

type DonationRow = DonationListQuery['donations']['nodes'][number];

export function DonationsPage() {
  const { t } = useTranslation('donations');
  const { language } = useLanguage();
  const items = (d: DonationRow) =>
    d.items.map((i) => `${formatNumber(i.quantity, language)} × ${t(`categories.${i.category}`)}`).join(', ');
  const value = (d: DonationRow) => d.items.reduce((sum, i) => sum + (i.estimatedValueVnd ?? 0), 0);
  const columns: ColumnsType<DonationRow> = [
    {
      title: t('donations.receivedAt'),
      key: 'receivedAt',
      render: (_, d) => formatDay(d.receivedAt, language),
    },
    { title: t('donations.donor'), key: 'donor', render: (_, d) => d.donor.name },
    { title: t('donations.store'), key: 'store', render: (_, d) => d.holder?.name ?? t('stock.central') },
    { title: t('donations.items'), key: 'items', render: (_, d) => items(d) },
    {
      title: t('donations.value'),
      key: 'value',
      align: 'end',
      render: (_, d) => formatNumber(value(d), language),
    },
  ];
  return (
    <ConnectionTable
      query={DonationListDocument}
      connection={(data) => data.donations}
      columns={columns}
      rowKey={(d) => d.id}
      csv={{
        filename: 'donations',
        columns: [
          { title: t('donations.receivedAt'), value: (d) => d.receivedAt },
          { title: t('donations.donor'), value: (d) => d.donor.name },
          { title: t('donations.store'), value: (d) => d.holder?.name ?? t('stock.central') },
          { title: t('donations.items'), value: items },
          { title: t('donations.value'), value },
        ],
      }}
    />
  );
}
