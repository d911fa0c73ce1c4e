import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { ConnectionTable } from '@dx/design-system';
import { useSession } from '@dx/graphql-client';
import { useTranslation } from '@dx/i18n';
import { NominationsDocument, type RoundFieldsFragment } from '../graphql/generated/graphql';
import { DecideModal } from './DecideModal';
import { nominationColumns, nominationCsvColumns, type NominationRow } from './nominationColumns';

/** Submitted and decided nominations, best average score first: what the committee decides from. */
export function RoundRanking({ round, onDecided }: { round: RoundFieldsFragment; onDecided: () => void }) {
  const { t } = useTranslation('awards');
  const { hasAnyRole } = useSession();
  const [deciding, setDeciding] = useState<{ nomination: NominationRow; approved: boolean } | null>(null);
  const mayDecide = hasAnyRole('AWARD_COMMITTEE');
  const columns = [
    ...nominationColumns(t),
    {
      title: '',
      key: 'decide',
      render: (_: unknown, n: NominationRow) =>
        mayDecide && n.status === 'SUBMITTED' ? (
          <Space>
            <Button
              size="small"
              type="primary"
              icon={<CheckOutlined />}
              onClick={() => setDeciding({ nomination: n, approved: true })}
            >
              {t('ranking.approve')}
            </Button>
            <Button
              size="small"
              danger
              icon={<CloseOutlined />}
              onClick={() => setDeciding({ nomination: n, approved: false })}
            >
              {t('ranking.reject')}
            </Button>
          </Space>
        ) : null,
    },
  ];
  return (
    <>
      <Typography.Paragraph type="secondary">{t('ranking.intro')}</Typography.Paragraph>
      <ConnectionTable
        query={NominationsDocument}
        variables={{ roundId: round.id, orderBy: 'SCORE_DESC' }}
        connection={(data) => data.nominations}
        columns={columns}
        rowKey={(n) => n.id}
        urlPrefix="r"
        filters={[
          {
            name: 'status',
            label: t('nominations.status'),
            type: 'select',
            options: ['SUBMITTED', 'APPROVED', 'REJECTED'].map((s) => ({
              value: s,
              label: t(`status.${s}`),
            })),
          },
          {
            name: 'kind',
            label: t('nominations.kind'),
            type: 'select',
            options: ['COLLECTIVE', 'INDIVIDUAL'].map((k) => ({ value: k, label: t(`kind.${k}`) })),
          },
        ]}
        csv={{ filename: 'ranking', columns: nominationCsvColumns(t) }}
      />
      {deciding && (
        <DecideModal
          nomination={deciding.nomination}
          approved={deciding.approved}
          onClose={(decided) => {
            setDeciding(null);
            if (decided) onDecided();
          }}
        />
      )}
    </>
  );
}
