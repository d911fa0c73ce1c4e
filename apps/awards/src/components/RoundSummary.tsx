import { Descriptions, Space, Tag } from 'antd';
import { useTranslation } from '@dx/i18n';
import type { RoundFieldsFragment } from '../graphql/generated/graphql';
import { QuotaText } from './QuotaText';
import { PhaseTag } from './Tags';
import { formatDay } from '@dx/design-system';

export function RoundSummary({ round }: { round: RoundFieldsFragment }) {
  const { t } = useTranslation('awards');
  return (
    <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
      <Descriptions.Item label={t('rounds.occasion')}>{round.occasion}</Descriptions.Item>
      <Descriptions.Item label={t('rounds.organizer')}>{round.organizerUnit?.name}</Descriptions.Item>
      <Descriptions.Item label={t('rounds.window')}>
        <Space>
          {t('rounds.windowRange', { from: formatDay(round.opensAt), to: formatDay(round.closesAt) })}
          <PhaseTag phase={round.phase} />
        </Space>
      </Descriptions.Item>
      <Descriptions.Item label={t('rounds.collectives')}>
        <QuotaText approved={round.approvedCollectives} quota={round.collectiveQuota} />
      </Descriptions.Item>
      <Descriptions.Item label={t('rounds.individuals')}>
        <QuotaText approved={round.approvedIndividuals} quota={round.individualQuota} />
      </Descriptions.Item>
      <Descriptions.Item label={t('rounds.criteria')}>
        {round.criteria.length
          ? round.criteria.map((c) => <Tag key={c.id}>{`${c.name} · ${c.weight}`}</Tag>)
          : t('rounds.noCriteria')}
      </Descriptions.Item>
    </Descriptions>
  );
}
