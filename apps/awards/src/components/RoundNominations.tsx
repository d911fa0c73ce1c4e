import { RollbackOutlined, SendOutlined, UndoOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { App, Button, Space, Typography } from 'antd';
import { ConnectionTable, type FilterField } from '@dx/design-system';
import { useSession } from '@dx/graphql-client';
import { useTranslation } from '@dx/i18n';
import {
  NominationsDocument,
  ReturnNominationDocument,
  SubmitNominationDocument,
  WithdrawNominationDocument,
  type NominationFieldsFragment,
  type RoundFieldsFragment,
} from '../graphql/generated/graphql';
import { ReasonModal } from './RoundManageModals';
import { nominationColumns, nominationCsvColumns } from './nominationColumns';
import { useAwardsError } from './useAwardsError';

/** A round's nominations in the order they came; drafts can be submitted from here. */
export function RoundNominations({ round }: { round: RoundFieldsFragment }) {
  const { t } = useTranslation('awards');
  const { message, modal } = App.useApp();
  const { hasAnyRole } = useSession();
  const describe = useAwardsError();
  const [submit] = useMutation(SubmitNominationDocument, { refetchQueries: ['Nominations'] });
  const mayNominate = hasAnyRole('AWARD_COMMITTEE', 'SECRETARIAT', 'COMMITTEE_MEMBER');
  const committee = hasAnyRole('AWARD_COMMITTEE');
  const [asking, setAsking] = useState<{
    kind: 'withdraw' | 'return';
    nomination: NominationFieldsFragment;
  } | null>(null);
  const [withdraw] = useMutation(WithdrawNominationDocument, {
    refetchQueries: ['Nominations', 'AwardRound'],
  });
  const [sendBack] = useMutation(ReturnNominationDocument, { refetchQueries: ['Nominations', 'AwardRound'] });

  const confirmSubmit = (id: string) =>
    modal.confirm({
      title: t('nominations.confirmSubmit'),
      okText: t('nominations.submit'),
      cancelText: t('common:actions.cancel'),
      onOk: async () => {
        try {
          await submit({ variables: { id } });
          void message.success(t('nominations.submitted'));
        } catch (error) {
          void message.error(describe(error));
        }
      },
    });

  const filters: FilterField[] = [
    {
      name: 'status',
      label: t('nominations.status'),
      type: 'select',
      options: ['DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'WITHDRAWN'].map((s) => ({
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
  ];
  const columns = [
    ...nominationColumns(t),
    {
      title: t('nominations.achievements'),
      key: 'achievements',
      render: (_: unknown, n: { achievements: string }) => (
        <Typography.Paragraph ellipsis={{ rows: 2, expandable: true }} style={{ maxWidth: 420, margin: 0 }}>
          {n.achievements}
        </Typography.Paragraph>
      ),
    },
    {
      title: '',
      key: 'actions',
      render: (_: unknown, n: NominationFieldsFragment) => (
        <Space wrap size={4}>
          {mayNominate && n.status === 'DRAFT' && round.phase === 'OPEN' && (
            <Button size="small" icon={<SendOutlined />} onClick={() => confirmSubmit(n.id)}>
              {t('nominations.submit')}
            </Button>
          )}
          {committee && n.status === 'SUBMITTED' && (
            <Button
              size="small"
              icon={<RollbackOutlined />}
              aria-label={t('lifecycle.returnFor', { name: n.nomineeName })}
              onClick={() => setAsking({ kind: 'return', nomination: n })}
            >
              {t('lifecycle.return')}
            </Button>
          )}
          {mayNominate && (n.status === 'DRAFT' || n.status === 'SUBMITTED') && (
            <Button
              size="small"
              type="text"
              danger
              icon={<UndoOutlined />}
              aria-label={t('lifecycle.withdrawFor', { name: n.nomineeName })}
              onClick={() => setAsking({ kind: 'withdraw', nomination: n })}
            >
              {t('lifecycle.withdraw')}
            </Button>
          )}
          {n.statusReason && (n.status === 'DRAFT' || n.status === 'WITHDRAWN') && (
            <Typography.Text type="warning">
              {t('lifecycle.reasonShown', { reason: n.statusReason })}
            </Typography.Text>
          )}
        </Space>
      ),
    },
  ];
  return (
    <>
      {asking && (
        <ReasonModal
          title={t(asking.kind === 'withdraw' ? 'lifecycle.withdrawTitle' : 'lifecycle.returnTitle', {
            name: asking.nomination.nomineeName,
          })}
          okText={t(asking.kind === 'withdraw' ? 'lifecycle.withdraw' : 'lifecycle.return')}
          onClose={() => setAsking(null)}
          onSubmit={(reason) =>
            asking.kind === 'withdraw'
              ? withdraw({ variables: { id: asking.nomination.id, reason } })
              : sendBack({ variables: { id: asking.nomination.id, reason } })
          }
        />
      )}
      <ConnectionTable
        query={NominationsDocument}
        variables={{ roundId: round.id, orderBy: 'CREATED_ASC' }}
        connection={(data) => data.nominations}
        columns={columns}
        rowKey={(n) => n.id}
        filters={filters}
        urlPrefix="n"
        csv={{ filename: 'nominations', columns: nominationCsvColumns(t) }}
      />
    </>
  );
}
