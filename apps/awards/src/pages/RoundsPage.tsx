import { PlusOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { ConnectionTable, formatDay, useDeskNavigate } from '@dx/design-system';
import { useSession } from '@dx/graphql-client';
import { useTranslation } from '@dx/i18n';
import { CreateRoundModal } from '../components/CreateRoundModal';
import { QuotaText } from '../components/QuotaText';
import { PhaseTag } from '../components/Tags';
import { AwardRoundsDocument, type RoundFieldsFragment } from '../graphql/generated/graphql';

/** Every round the caller may see, newest first; a row opens the round. */
export function RoundsPage() {
  const { t } = useTranslation('awards');
  const navigate = useDeskNavigate();
  const { hasAnyRole } = useSession();
  const [creating, setCreating] = useState(false);
  const columns: ColumnsType<RoundFieldsFragment> = [
    {
      title: t('rounds.title'),
      key: 'title',
      render: (_, r) => <Typography.Link>{r.title}</Typography.Link>,
    },
    { title: t('rounds.organizer'), key: 'organizer', render: (_, r) => r.organizerUnit?.name },
    {
      title: t('rounds.window'),
      key: 'window',
      render: (_, r) => t('rounds.windowRange', { from: formatDay(r.opensAt), to: formatDay(r.closesAt) }),
    },
    { title: '', key: 'phase', render: (_, r) => <PhaseTag phase={r.phase} /> },
    {
      title: t('rounds.collectives'),
      key: 'collectives',
      render: (_, r) => <QuotaText approved={r.approvedCollectives} quota={r.collectiveQuota} />,
    },
    {
      title: t('rounds.individuals'),
      key: 'individuals',
      render: (_, r) => <QuotaText approved={r.approvedIndividuals} quota={r.individualQuota} />,
    },
  ];
  return (
    <>
      <Typography.Paragraph type="secondary">{t('rounds.intro')}</Typography.Paragraph>
      <ConnectionTable
        query={AwardRoundsDocument}
        connection={(data) => data.awardRounds}
        columns={columns}
        rowKey={(r) => r.id}
        onRowClick={(r) => navigate(`rounds/${r.id}`)}
        toolbar={
          hasAnyRole('AWARD_COMMITTEE') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('rounds.create')}
            </Button>
          )
        }
        csv={{
          filename: 'award-rounds',
          columns: [
            { title: t('rounds.title'), value: (r) => r.title },
            { title: t('rounds.opensAt'), value: (r) => r.opensAt },
            { title: t('rounds.closesAt'), value: (r) => r.closesAt },
            { title: t('rounds.collectives'), value: (r) => r.approvedCollectives },
            { title: t('rounds.individuals'), value: (r) => r.approvedIndividuals },
          ],
        }}
      />
      {creating && (
        <CreateRoundModal
          onClose={(round) => (setCreating(false), round && navigate(`rounds/${round.id}`))}
        />
      )}
    </>
  );
}
