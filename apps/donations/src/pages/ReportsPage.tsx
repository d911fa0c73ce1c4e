import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Flex, Form, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { ErrorState, LoadingState, PrintLayout, UnitSelect, downloadCsv, toCsv } from '@dx/design-system';
import { useLanguage, useTranslation } from '@dx/i18n';
import { formatNumber } from '../components/categories';
import { DonationReportsDocument, DonationYearReportDocument } from '../graphql/generated/graphql';

interface Column<T> {
  title: string;
  value: (row: T) => string | number;
  numeric?: boolean;
}
interface Report<T> {
  title: string;
  filename: string;
  rows: T[];
  columns: Column<T>[];
}

/** One report: the columns say both what is shown and what the CSV holds (plain numbers there). */
function ReportTable<T extends object>({ report }: { report: Report<T> }) {
  const { language } = useLanguage();
  const columns: ColumnsType<T> = report.columns.map((c, i) => ({
    title: c.title,
    key: String(i),
    align: c.numeric ? 'end' : undefined,
    render: (_, row) => (c.numeric ? formatNumber(Number(c.value(row)), language) : c.value(row)),
  }));
  return (
    <section style={{ marginBottom: 24 }}>
      <Typography.Title level={4}>{report.title}</Typography.Title>
      <Table<T>
        size="small"
        pagination={false}
        rowKey={(_, i) => String(i)}
        dataSource={report.rows}
        columns={columns}
      />
    </section>
  );
}

/** Per year, per category, per recipient and per donor, with CSV for each and one print of all (no buttons in print). */
export function ReportsPage() {
  const { t } = useTranslation('donations');
  const [unitId, setUnitId] = useState<string>();
  const { data, loading, error, refetch } = useQuery(DonationReportsDocument, {
    variables: { unitId },
    fetchPolicy: 'cache-and-network',
  });
  const years = useQuery(DonationYearReportDocument, {
    variables: { unitId },
    fetchPolicy: 'cache-and-network',
  });
  const category = (row: { category: string }) => t(`categories.${row.category}`);
  const reports: Report<any>[] = data
    ? [
        {
          title: t('reports.byYear'),
          filename: 'donations-by-year',
          rows: years.data?.donationReportByYear ?? [],
          columns: [
            { title: t('reports.year'), value: (r) => String(r.year) },
            { title: t('stock.received'), value: (r) => r.received, numeric: true },
            { title: t('reports.donations'), value: (r) => r.donations, numeric: true },
            { title: t('reports.value'), value: (r) => r.estimatedValueVnd, numeric: true },
            { title: t('stock.handedOver'), value: (r) => r.handedOver, numeric: true },
            { title: t('reports.handovers'), value: (r) => r.handovers, numeric: true },
            { title: t('reports.recipients'), value: (r) => r.recipients, numeric: true },
          ],
        },
        {
          title: t('reports.byCategory'),
          filename: 'donations-by-category',
          rows: data.donationReportByCategory,
          columns: [
            { title: t('stock.category'), value: category },
            { title: t('stock.received'), value: (r) => r.received, numeric: true },
            { title: t('stock.handedOver'), value: (r) => r.handedOver, numeric: true },
            { title: t('stock.available'), value: (r) => r.available, numeric: true },
            { title: t('reports.recipients'), value: (r) => r.recipients, numeric: true },
            { title: t('reports.value'), value: (r) => r.estimatedValueVnd, numeric: true },
          ],
        },
        {
          title: t('reports.byRecipient'),
          filename: 'donations-by-recipient',
          rows: data.donationReportByRecipient,
          columns: [
            { title: t('reports.recipient'), value: (r) => r.recipient.name },
            { title: t('stock.category'), value: category },
            { title: t('reports.quantity'), value: (r) => r.quantity, numeric: true },
            { title: t('reports.handovers'), value: (r) => r.handovers, numeric: true },
          ],
        },
        {
          title: t('reports.byDonor'),
          filename: 'donations-by-donor',
          rows: data.donationReportByDonor,
          columns: [
            { title: t('donations.donor'), value: (r) => r.donor.name },
            { title: t('stock.category'), value: category },
            { title: t('reports.quantity'), value: (r) => r.quantity, numeric: true },
            { title: t('reports.donations'), value: (r) => r.donations, numeric: true },
            { title: t('reports.value'), value: (r) => r.estimatedValueVnd, numeric: true },
          ],
        },
      ]
    : [];
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Flex gap={8} wrap align="center">
        <Form.Item label={t('reports.unit')} style={{ minWidth: 320, margin: 0 }}>
          <UnitSelect value={unitId} onChange={setUnitId} allowClear />
        </Form.Item>
        {reports.map((r) => (
          <Button
            key={r.filename}
            icon={<DownloadOutlined />}
            onClick={() => downloadCsv(r.filename, toCsv(r.rows, r.columns))}
          >
            {t('reports.csv', { report: r.title })}
          </Button>
        ))}
      </Flex>
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      {loading && !data && <LoadingState />}
      {data && (
        <PrintLayout title={t('reports.title')}>
          {reports.map((r) => (
            <ReportTable key={r.filename} report={r} />
          ))}
        </PrintLayout>
      )}
    </Space>
  );
}
