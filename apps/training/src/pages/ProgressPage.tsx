import { AimOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Col, Flex, Progress, Row, Segmented, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { EmptyState, ErrorState, LoadingState, SimpleBarChart } from '@dx/design-system';
import { useSession } from '@dx/graphql-client';
import { useTranslation } from '@dx/i18n';
import { TargetFormModal } from '../components/TargetFormModal';
import { useFormat } from '../components/format';
import { TrainingTargetsDocument, type TrainingTargetsQuery } from '../graphql/generated/graphql';

type Target = TrainingTargetsQuery['trainingTargets'][number];

function TargetCard({ target }: { target: Target }) {
  const { t } = useTranslation('training');
  const format = useFormat();
  const { progress } = target;
  const children = [...progress.children].sort((a, b) =>
    (a.unit?.code ?? '').localeCompare(b.unit?.code ?? '', undefined, { numeric: true }),
  );
  return (
    <Card
      title={
        <Space wrap>
          {target.unit?.name}
          {target.category && <Tag color="blue">{t(`common:personCategories.${target.category}`)}</Tag>}
          {(target.audienceKind || !target.category) && (
            <Tag>
              {target.audienceKind ? t(`common:unitKinds.${target.audienceKind}`) : t('targets.everyone')}
            </Tag>
          )}
          <Tag>{t('targets.year', { year: target.year })}</Tag>
        </Space>
      }
      extra={
        <Tag color={target.met ? 'green' : 'orange'}>
          {target.met ? t('targets.met') : t('targets.notMet')}
        </Tag>
      }
    >
      {target.note && <Typography.Paragraph type="secondary">{target.note}</Typography.Paragraph>}
      <Flex align="center" gap={16} wrap>
        <Progress
          type="circle"
          size={88}
          percent={Math.round(progress.rate * 100)}
          status={target.met ? 'success' : 'normal'}
        />
        <div>
          <div>{t('targets.figures', { trained: progress.trained, people: progress.people })}</div>
          <div>{t('targets.goal', { percent: target.targetPercent, date: format.date(target.dueDate) })}</div>
          {target.course && <div>{t('targets.course', { title: target.course.title })}</div>}
        </div>
      </Flex>
      {progress.byCategory.length > 1 && (
        <div style={{ marginTop: 16 }} data-testid="target-by-category">
          <Typography.Text strong>{t('targets.byCategory')}</Typography.Text>
          <SimpleBarChart
            max={100}
            format={(v) => `${v}%`}
            data={progress.byCategory.map((c) => ({
              label: `${c.category ? t(`common:personCategories.${c.category}`) : t('targets.categoryNotSaid')} (${c.trained}/${c.people})`,
              value: Math.round(c.rate * 100),
            }))}
          />
        </div>
      )}
      {progress.byPriorityGroup.length > 0 && (
        <Space wrap style={{ marginTop: 12 }} data-testid="target-priority-groups">
          <Typography.Text strong>{t('targets.byPriorityGroup')}:</Typography.Text>
          {progress.byPriorityGroup.map((g) => (
            <Tag key={g.group}>
              {t(`common:priorityGroups.${g.group}`)} {t('targets.groupFigures', g)}
            </Tag>
          ))}
        </Space>
      )}
      {children.length > 1 && (
        <div style={{ marginTop: 16 }}>
          <Typography.Text strong>{t('targets.byUnit')}</Typography.Text>
          <SimpleBarChart
            max={100}
            format={(v) => `${v}%`}
            data={children.map((c) => ({ label: c.unit?.name ?? '', value: Math.round(c.rate * 100) }))}
          />
        </div>
      )}
    </Card>
  );
}

/** Targets per unit and audience, how far each has come, and the units below it on a chart. */
export function ProgressPage() {
  const { t } = useTranslation('training');
  const { hasAnyRole } = useSession();
  const [creating, setCreating] = useState(false);
  const [year, setYear] = useState<number | null>(null);
  const { data, loading, error, refetch } = useQuery(TrainingTargetsDocument);
  if (loading && !data) return <LoadingState />;
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const all = data?.trainingTargets ?? [];
  const years = [...new Set(all.map((target) => target.year))].sort();
  const targets = year === null ? all : all.filter((target) => target.year === year);
  return (
    <>
      <Space wrap style={{ marginBottom: 16 }}>
        {hasAnyRole('TRAINING_COORDINATOR') && (
          <Button type="primary" icon={<AimOutlined />} onClick={() => setCreating(true)}>
            {t('targets.create')}
          </Button>
        )}
        {years.length > 1 && (
          <Segmented<number | 'all'>
            aria-label={t('targets.yearFilter')}
            value={year ?? 'all'}
            onChange={(v) => setYear(v === 'all' ? null : v)}
            options={[
              { value: 'all', label: t('targets.allYears') },
              ...years.map((y) => ({ value: y, label: String(y) })),
            ]}
          />
        )}
      </Space>
      {targets.length === 0 ? (
        <EmptyState description={t('targets.none')} />
      ) : (
        <Row gutter={[16, 16]}>
          {targets.map((target) => (
            <Col key={target.id} xs={24} xl={12}>
              <TargetCard target={target} />
            </Col>
          ))}
        </Row>
      )}
      {creating && <TargetFormModal onClose={() => setCreating(false)} />}
    </>
  );
}
