import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Flex, Form, Space, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { ErrorState, LoadingState, UnitSelect, downloadCsv, toCsv } from '@dx/design-system';
import { useLanguage, useTranslation } from '@dx/i18n';
import { formatNumber } from '../components/categories';
import { DonationReportsDocument, type DonationReportsQuery } from '../graphql/generated/graphql';

type Report = DonationReportsQuery;

/** A report table with its CSV export: the columns say both what is shown and what is exported. */
function ReportTable<T extends object>({
  title,
  rows,
  columns,
  filename,
}: {
  title: string;
  rows: T[];
  columns: { title: string; value: (row: T) => string | number; numeric?: boolean }[];
  filename: string;
}) {
  const { t } = useTranslation('common');
  const { language } = useLanguage();
  // The CSV keeps plain numbers; the screen shows them in the reader's language.
  const shown = (c: (typeof columns)[number], row: T) =>
    c.numeric ? formatNumber(Number(c.value(row)), language) : c.value(row);
  const tableColumns: ColumnsType<T> = columns.map((c, i) => ({
    title: c.title,
    key: String(i),
    align: c.numeric ? 'end' : undefined,
    render: (_, row) => shown(c, row),
  }));
  return (
    <Card
      title={title}
      extra={
        <Button icon={<DownloadOutlined />} onClick={() => downloadCsv(filename, toCsv(rows, columns))}>
          {t('actions.exportCsv')}
        </Button>
      }
    >
      <Table<T>
        size="small"
        pagination={false}
        rowKey={(_, i) => String(i)}
        dataSource={rows}
        columns={tableColumns}
      />
    </Card>
  );
}

export function ReportsPage() {
  const { t } = useTranslation('donations');
  const [unitId, setUnitId] = useState<string>();
  const { data, loading, error, refetch } = useQuery(DonationReportsDocument, {
    variables: { unitId },
    fetchPolicy: 'cache-and-network',
  });
  const category = (row: { category: string }) => t(`categories.${row.category}`);
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Flex>
        <Form.Item label={t('reports.unit')} style={{ minWidth: 360, margin: 0 }}>
          <UnitSelect value={unitId} onChange={setUnitId} allowClear />
        </Form.Item>
      </Flex>
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      {loading && !data && <LoadingState />}
      {data && (
        <>
          <ReportTable<Report['donationReportByCategory'][number]>
            title={t('reports.byCategory')}
            filename="donations-by-category"
            rows={data.donationReportByCategory}
            columns={[
              { title: t('stock.category'), value: category },
              { title: t('stock.received'), value: (r) => r.received, numeric: true },
              { title: t('stock.handedOver'), value: (r) => r.handedOver, numeric: true },
              { title: t('stock.available'), value: (r) => r.available, numeric: true },
              { title: t('reports.recipients'), value: (r) => r.recipients, numeric: true },
              { title: t('reports.value'), value: (r) => r.estimatedValueVnd, numeric: true },
            ]}
          />
          <ReportTable<Report['donationReportByRecipient'][number]>
            title={t('reports.byRecipient')}
            filename="donations-by-recipient"
            rows={data.donationReportByRecipient}
            columns={[
              { title: t('reports.recipient'), value: (r) => r.recipient.name },
              { title: t('stock.category'), value: category },
              { title: t('reports.quantity'), value: (r) => r.quantity, numeric: true },
              { title: t('reports.handovers'), value: (r) => r.handovers, numeric: true },
            ]}
          />
          <ReportTable<Report['donationReportByDonor'][number]>
            title={t('reports.byDonor')}
            filename="donations-by-donor"
            rows={data.donationReportByDonor}
            columns={[
              { title: t('donations.donor'), value: (r) => r.donor.name },
              { title: t('stock.category'), value: category },
              { title: t('reports.quantity'), value: (r) => r.quantity, numeric: true },
              { title: t('reports.donations'), value: (r) => r.donations, numeric: true },
              { title: t('reports.value'), value: (r) => r.estimatedValueVnd, numeric: true },
            ]}
          />
        </>
      )}
    </Space>
  );
}
