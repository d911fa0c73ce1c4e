import { FormOutlined, TrophyOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Flex, Segmented, Space, Typography } from 'antd';
import { useParams, useSearchParams } from 'react-router';
import { DeskLink, ErrorState, LoadingState } from '@dx/design-system';
import { useSession } from '@dx/graphql-client';
import { useTranslation } from '@dx/i18n';
import { RoundNominations } from '../components/RoundNominations';
import { RoundRanking } from '../components/RoundRanking';
import { RoundSummary } from '../components/RoundSummary';
import { AwardRoundDocument } from '../graphql/generated/graphql';

type View = 'nominations' | 'ranking';

/** One round: its terms, its nominations, and the ranking the committee decides from. */
export function RoundPage() {
  const { t } = useTranslation('awards');
  const { roundId = '' } = useParams();
  const { hasAnyRole } = useSession();
  const [params, setParams] = useSearchParams();
  const view: View = params.get('view') === 'ranking' ? 'ranking' : 'nominations';
  const { data, loading, error, refetch } = useQuery(AwardRoundDocument, { variables: { id: roundId } });
  if (loading && !data) return <LoadingState />;
  if (error || !data?.awardRound) return <ErrorState error={error ?? new Error('NOT_FOUND')} onRetry={() => void refetch()} />;
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
          <DeskLink to={`rounds/${round.id}/honours`}>
            <Button type="primary" icon={<TrophyOutlined />}>
              {t('rounds.honours')}
            </Button>
          </DeskLink>
        </Space>
      </Flex>
      <RoundSummary round={round} />
      <Segmented<View>
        value={view}
        onChange={(v) => setParams(v === 'ranking' ? { view: v } : {})}
        options={[
          { value: 'nominations', label: t('rounds.nominations') },
          { value: 'ranking', label: t('rounds.ranking') },
        ]}
      />
      {view === 'nominations' ? <RoundNominations round={round} /> : <RoundRanking round={round} onDecided={() => void refetch()} />}
    </Space>
  );
}
