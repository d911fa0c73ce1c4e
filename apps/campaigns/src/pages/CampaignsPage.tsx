import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Table } from 'antd';
import { useState } from 'react';
import { useSession } from '@dx/graphql-client';
import { DeskLink, ErrorState, formatDay } from '@dx/design-system';
import { useLanguage, useTranslation } from '@dx/i18n';
import { CampaignFormModal } from '../components/CampaignFormModal';
import { StatusTag } from '../components/StatusTag';
import { CampaignListDocument } from '../graphql/generated/graphql';

/** The campaigns the account may see, newest first. */
export function CampaignsPage() {
  const { t } = useTranslation('campaigns');
  const { language } = useLanguage();
  const { hasAnyRole } = useSession();
  const [creating, setCreating] = useState(false);
  const { data, loading, error, refetch } = useQuery(CampaignListDocument, { variables: { first: 50 } });
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  return (
    <>
      {hasAnyRole('SECRETARIAT') && (
        <Button
          type="primary"
          icon={<PlusOutlined />}
          style={{ marginBottom: 16 }}
          onClick={() => setCreating(true)}
        >
          {t('create.new')}
        </Button>
      )}
      <Table
        data-testid="campaign-list"
        rowKey="id"
        loading={loading}
        pagination={false}
        dataSource={data?.campaigns.nodes ?? []}
        scroll={{ x: true }}
        columns={[
          {
            title: t('fields.title'),
            dataIndex: 'title',
            render: (title: string, c) => <DeskLink to={c.id}>{title}</DeskLink>,
          },
          { title: t('fields.unit'), render: (_: unknown, c) => c.unit?.name ?? '—' },
          {
            title: t('fields.dates'),
            render: (_: unknown, c) =>
              `${formatDay(c.startsOn, language)} – ${formatDay(c.endsOn, language)}`,
          },
          { title: t('fields.status'), render: (_: unknown, c) => <StatusTag status={c.status} /> },
        ]}
      />
      {creating && <CampaignFormModal onClose={() => setCreating(false)} />}
    </>
  );
}
