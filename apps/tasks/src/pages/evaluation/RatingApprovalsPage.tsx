import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Form, Input, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { EmptyState, EntityFormModal, ErrorState } from '@dx/design-system';
import { useTranslation } from '@dx/i18n';
import { currentMonth, shiftMonth } from '../../components/format';
import {
  ApproveRatingDocument,
  UnitRatingsDocument,
  type UnitRatingsQuery,
} from '../../graphql/generated/graphql';
import { ClassTag, StatusTag, monthLabel, useArrows } from './RatingTags';
import { ScoreFields, fromScores, toScoreInput, type ScoreValues } from './ScoreFields';

type Rating = UnitRatingsQuery['unitRatings'][number];

/** The unit head's month: the ratings of their people, approved as submitted or corrected with a reason. */
export function RatingApprovalsPage() {
  const { t } = useTranslation('evaluation');
  const arrows = useArrows();
  const [month, setMonth] = useState(currentMonth());
  const [reviewing, setReviewing] = useState<Rating | null>(null);
  const { data, loading, error, refetch } = useQuery(UnitRatingsDocument, {
    variables: { month },
    fetchPolicy: 'cache-and-network',
  });
  const [approve] = useMutation(ApproveRatingDocument);
  const heads = data?.myRatedUnits ?? [];
  const columns: ColumnsType<Rating> = [
    { title: t('approvals.person'), key: 'person', render: (_, r) => r.person?.fullName ?? '—' },
    { title: t('approvals.unit'), key: 'unit', render: (_, r) => r.unit?.name ?? '—' },
    { title: t('rating.self'), dataIndex: 'selfTotal', key: 'self' },
    { title: t('rating.final'), key: 'final', render: (_, r) => r.finalTotal ?? '—' },
    { title: t('rating.status'), key: 'status', render: (_, r) => <StatusTag value={r.status} /> },
    { title: t('rating.class'), key: 'class', render: (_, r) => <ClassTag value={r.classification} /> },
    {
      title: t('approvals.action'),
      key: 'action',
      render: (_, r) =>
        r.status === 'SUBMITTED' && heads.length > 0 ? (
          <Button size="small" type="primary" onClick={() => setReviewing(r)}>
            {t('approvals.review')}
          </Button>
        ) : (
          (r.reviewReason ?? '')
        ),
    },
  ];
  return (
    <Card
      title={
        <Space>
          <Button onClick={() => setMonth(shiftMonth(month, -1))} aria-label={t('rating.previousMonth')}>
            {arrows.prev}
          </Button>
          <bdi>{t('approvals.title', { month: monthLabel(month) })}</bdi>
          <Button onClick={() => setMonth(shiftMonth(month, 1))} aria-label={t('rating.nextMonth')}>
            {arrows.next}
          </Button>
        </Space>
      }
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">
          {heads.length
            ? t('approvals.heads', { units: heads.map((u) => u.name).join(', ') })
            : t('approvals.notHead')}
        </Typography.Text>
        {error && <ErrorState error={error} onRetry={() => void refetch()} />}
        <Table
          data-testid="approvals-table"
          size="small"
          rowKey="id"
          columns={columns}
          dataSource={data?.unitRatings ?? []}
          loading={loading}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: loading ? ' ' : <EmptyState description={t('approvals.empty')} /> }}
        />
      </Space>
      {reviewing && (
        <EntityFormModal<ScoreValues & { reason?: string }>
          name="approve-rating"
          title={t('approvals.formTitle', {
            name: reviewing.person?.fullName ?? '',
            month: monthLabel(month),
          })}
          namespace="evaluation"
          okText={t('approvals.approve')}
          successMessage={t('approvals.approved')}
          initialValues={fromScores(reviewing.selfScores)}
          onSubmit={(values) =>
            approve({
              variables: {
                id: reviewing.id,
                version: reviewing.version,
                scores: toScoreInput(values),
                reason: values.reason,
              },
            })
          }
          onClose={(saved) => {
            setReviewing(null);
            if (saved) void refetch();
          }}
        >
          <Typography.Paragraph type="secondary">
            {t('approvals.selfWas', { total: reviewing.selfTotal })}
            {reviewing.selfNote ? ` — ${reviewing.selfNote}` : ''}
          </Typography.Paragraph>
          <ScoreFields />
          <Form.Item name="reason" label={t('approvals.reason')} extra={t('approvals.reasonHint')}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </EntityFormModal>
      )}
    </Card>
  );
}
