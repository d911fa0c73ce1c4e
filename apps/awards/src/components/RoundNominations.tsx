import { SendOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { App, Button, Typography } from 'antd';
import { ConnectionTable, type FilterField } from '@dx/design-system';
import { useSession } from '@dx/graphql-client';
import { useTranslation } from '@dx/i18n';
import { NominationsDocument, SubmitNominationDocument, type RoundFieldsFragment } from '../graphql/generated/graphql';
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
    { name: 'status', label: t('nominations.status'), type: 'select', options: ['DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED'].map((s) => ({ value: s, label: t(`status.${s}`) })) },
    { name: 'kind', label: t('nominations.kind'), type: 'select', options: ['COLLECTIVE', 'INDIVIDUAL'].map((k) => ({ value: k, label: t(`kind.${k}`) })) },
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
      render: (_: unknown, n: { id: string; status: string }) =>
        mayNominate && n.status === 'DRAFT' && round.phase === 'OPEN' ? (
          <Button size="small" icon={<SendOutlined />} onClick={() => confirmSubmit(n.id)}>
            {t('nominations.submit')}
          </Button>
        ) : null,
    },
  ];
  return (
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
  );
}
