import { Card, Space } from 'antd';
import { useParams } from 'react-router';
import { DeskButtonLink } from '@dx/design-system';
import { useTranslation } from '@dx/i18n';
import { MyRatingPage } from './MyRatingPage';
import { RankingPage } from './RankingPage';
import { RatingApprovalsPage } from './RatingApprovalsPage';
import { IndicatorTargetsPage } from './IndicatorTargetsPage';

const SECTIONS = ['mine', 'approvals', 'ranking', 'targets'] as const;
type Section = (typeof SECTIONS)[number];

/** DX evaluation: a person's monthly rating, the head's approvals, the yearly ranking of units; each at its own address. */
export function EvaluationPage() {
  const { section = 'mine' } = useParams();
  const { t } = useTranslation('evaluation');
  const current: Section = (SECTIONS as readonly string[]).includes(section) ? (section as Section) : 'mine';
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small">
        <Space wrap>
          {SECTIONS.map((s) => (
            <DeskButtonLink key={s} to={`evaluation/${s}`} type={s === current ? 'primary' : 'default'}>
              {t(`sections.${s}`)}
            </DeskButtonLink>
          ))}
        </Space>
      </Card>
      {current === 'mine' && <MyRatingPage />}
      {current === 'approvals' && <RatingApprovalsPage />}
      {current === 'ranking' && <RankingPage />}
      {current === 'targets' && <IndicatorTargetsPage />}
    </Space>
  );
}
