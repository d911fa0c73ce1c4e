import {
  EditOutlined,
  FileTextOutlined,
  FormOutlined,
  LockOutlined,
  TrophyOutlined,
  UserAddOutlined,
} from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Flex, Segmented, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { DeskLink, ErrorState, LoadingState, useConfirm } from '@dx/design-system';
import { AssignReviewerModal, EditRoundModal } from '../components/RoundManageModals';
import { useAwardsError } from '../components/useAwardsError';
import { useSession } from '@dx/graphql-client';
import { useTranslation } from '@dx/i18n';
import { RoundNominations } from '../components/RoundNominations';
import { RoundRanking } from '../components/RoundRanking';
import { RoundSummary } from '../components/RoundSummary';
import {
  AwardRoundDocument,
  CloseAwardRoundDocument,
  UnassignReviewerDocument,
} from '../graphql/generated/graphql';

type View = 'nominations' | 'ranking';

/** One round: its terms, its nominations, and the ranking the committee decides from. */
export function RoundPage() {
  const { t } = useTranslation('awards');
  const { roundId = '' } = useParams();
  const { hasAnyRole } = useSession();
  const [params, setParams] = useSearchParams();
  const view: View = params.get('view') === 'ranking' ? 'ranking' : 'nominations';
  const { data, loading, error, refetch } = useQuery(AwardRoundDocument, { variables: { id: roundId } });
  const [dialog, setDialog] = useState<'edit' | 'assign' | null>(null);
  const { message } = App.useApp();
  const confirm = useConfirm();
  const describe = useAwardsError();
  const [close] = useMutation(CloseAwardRoundDocument, { refetchQueries: ['AwardRound'] });
  const [unassign] = useMutation(UnassignReviewerDocument, { refetchQueries: ['AwardRound'] });
  const committee = hasAnyRole('AWARD_COMMITTEE');
  if (loading && !data) return <LoadingState />;
  if (error || !data?.awardRound)
    return <ErrorState error={error ?? new Error('NOT_FOUND')} onRetry={() => void refetch()} />;
  const round = data.awardRound;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Space orientation="vertical" size={0}>
          <DeskLink to="rounds">{t('rounds.back')}</DeskLink>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {round.title}
          </Typography.Title>
        </Space>
        <Space wrap>
          {round.phase === 'OPEN' && hasAnyRole('AWARD_COMMITTEE', 'SECRETARIAT', 'COMMITTEE_MEMBER') && (
            <DeskLink to={`nominate?roundId=${round.id}`}>
              <Button icon={<FormOutlined />}>{t('rounds.nominateHere')}</Button>
            </DeskLink>
          )}
          {committee && (
            <>
              <Button icon={<EditOutlined />} onClick={() => setDialog('edit')}>
                {t('manage.edit')}
              </Button>
              <Button icon={<UserAddOutlined />} onClick={() => setDialog('assign')}>
                {t('manage.assignReviewer')}
              </Button>
              {round.phase !== 'CLOSED' && (
                <Button
                  icon={<LockOutlined />}
                  onClick={async () => {
                    if (!(await confirm({ title: t('manage.closeConfirm'), danger: true }))) return;
                    try {
                      await close({ variables: { id: round.id, version: round.version } });
                      void message.success(t('manage.closed'));
                    } catch (failure) {
                      void message.error(describe(failure));
                    }
                  }}
                >
                  {t('manage.close')}
                </Button>
              )}
            </>
          )}
          <DeskLink to={`rounds/${round.id}/decision`}>
            <Button icon={<FileTextOutlined />}>{t('decision.open')}</Button>
          </DeskLink>
          <DeskLink to={`rounds/${round.id}/honours`}>
            <Button type="primary" icon={<TrophyOutlined />}>
              {t('rounds.honours')}
            </Button>
          </DeskLink>
        </Space>
      </Flex>
      <RoundSummary round={round} />
      <Space wrap data-testid="round-reviewers">
        <Typography.Text strong>{t('manage.reviewers', { count: round.minReviews })}</Typography.Text>
        {round.reviewers.length === 0 && (
          <Typography.Text type="secondary">{t('manage.noReviewers')}</Typography.Text>
        )}
        {round.reviewers.map((r) => (
          <Tag
            key={r.id}
            closable={committee}
            onClose={(e) => {
              e.preventDefault();
              void unassign({ variables: { id: r.id } }).catch(
                (failure: unknown) => void message.error(describe(failure)),
              );
            }}
          >
            {r.personName}
          </Tag>
        ))}
      </Space>
      {dialog === 'edit' && <EditRoundModal round={round} onClose={() => setDialog(null)} />}
      {dialog === 'assign' && <AssignReviewerModal round={round} onClose={() => setDialog(null)} />}
      <Segmented<View>
        value={view}
        onChange={(v) => setParams(v === 'ranking' ? { view: v } : {})}
        options={[
          { value: 'nominations', label: t('rounds.nominations') },
          { value: 'ranking', label: t('rounds.ranking') },
        ]}
      />
      {view === 'nominations' ? (
        <RoundNominations round={round} />
      ) : (
        <RoundRanking round={round} onDecided={() => void refetch()} />
      )}
    </Space>
  );
}
