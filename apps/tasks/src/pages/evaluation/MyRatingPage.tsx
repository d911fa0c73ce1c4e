import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Descriptions, Form, Input, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { EntityFormModal, ErrorState } from '@dx/design-system';
import { useTranslation } from '@dx/i18n';
import { currentMonth, shiftMonth } from '../../components/format';
import {
  MyYearRatingDocument,
  SubmitRatingDocument,
  type MyYearRatingQuery,
} from '../../graphql/generated/graphql';
import { ClassTag, StatusTag, monthLabel, useArrows } from './RatingTags';
import { ScoreFields, fromScores, toScoreInput, type ScoreValues } from './ScoreFields';

type Month = MyYearRatingQuery['yearRating']['months'][number];

/** A civil servant's own month: the self-assessment, then the head's decision; and the year's classification. */
export function MyRatingPage() {
  const { t } = useTranslation('evaluation');
  const arrows = useArrows();
  const [month, setMonth] = useState(currentMonth());
  const year = Number(month.slice(0, 4));
  const [open, setOpen] = useState(false);
  const { data, error, refetch, loading } = useQuery(MyYearRatingDocument, {
    variables: { year },
    fetchPolicy: 'cache-and-network',
  });
  const [submit] = useMutation(SubmitRatingDocument);
  const rating = data?.yearRating;
  const current = rating?.months.find((m) => m.month === month);
  const locked = current?.status === 'APPROVED';
  const columns: ColumnsType<Month> = [
    { title: t('rating.month'), key: 'month', render: (_, m) => <bdi>{monthLabel(m.month)}</bdi> },
    { title: t('rating.self'), dataIndex: 'selfTotal', key: 'self' },
    { title: t('rating.final'), key: 'final', render: (_, m) => m.finalTotal ?? '—' },
    { title: t('rating.status'), key: 'status', render: (_, m) => <StatusTag value={m.status} /> },
    { title: t('rating.class'), key: 'class', render: (_, m) => <ClassTag value={m.classification} /> },
    { title: t('rating.reason'), key: 'reason', render: (_, m) => m.reviewReason ?? '' },
  ];
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      <Card
        title={
          <Space>
            <Button onClick={() => setMonth(shiftMonth(month, -1))} aria-label={t('rating.previousMonth')}>
              {arrows.prev}
            </Button>
            <bdi data-testid="rating-month">{t('rating.monthTitle', { month: monthLabel(month) })}</bdi>
            <Button onClick={() => setMonth(shiftMonth(month, 1))} aria-label={t('rating.nextMonth')}>
              {arrows.next}
            </Button>
          </Space>
        }
      >
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Text type="secondary">{t('rating.rule')}</Typography.Text>
          {current ? (
            <Descriptions size="small" column={1} data-testid="my-month">
              <Descriptions.Item label={t('rating.status')}>
                <StatusTag value={current.status} />
              </Descriptions.Item>
              <Descriptions.Item label={t('rating.self')}>{current.selfTotal}</Descriptions.Item>
              {current.finalTotal !== null && current.finalTotal !== undefined && (
                <Descriptions.Item label={t('rating.final')}>{current.finalTotal}</Descriptions.Item>
              )}
              <Descriptions.Item label={t('rating.class')}>
                <ClassTag value={current.classification} />
              </Descriptions.Item>
              {current.reviewReason && (
                <Descriptions.Item label={t('rating.reason')}>{current.reviewReason}</Descriptions.Item>
              )}
            </Descriptions>
          ) : (
            !loading && <Typography.Text>{t('rating.notYet')}</Typography.Text>
          )}
          {locked ? (
            <Alert type="info" showIcon title={t('rating.locked')} />
          ) : (
            <Button type="primary" onClick={() => setOpen(true)}>
              {current ? t('rating.change') : t('rating.submit')}
            </Button>
          )}
        </Space>
      </Card>
      <Card title={<bdi>{t('rating.yearTitle', { year })}</bdi>}>
        <Descriptions size="small" column={1} data-testid="year-classification">
          <Descriptions.Item label={t('rating.yearClass')}>
            <ClassTag value={rating?.classification} />
          </Descriptions.Item>
          <Descriptions.Item label={t('rating.average')}>{rating?.average ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('rating.approvedMonths')}>
            {t(rating?.final ? 'rating.final12' : 'rating.provisional', {
              months: rating?.approvedMonths ?? 0,
            })}
          </Descriptions.Item>
        </Descriptions>
        <Table
          size="small"
          rowKey="id"
          columns={columns}
          dataSource={rating?.months ?? []}
          pagination={false}
          scroll={{ x: 'max-content' }}
        />
      </Card>
      {open && (
        <EntityFormModal<ScoreValues & { note?: string }>
          name="self-assessment"
          title={t('rating.formTitle', { month: monthLabel(month) })}
          namespace="evaluation"
          okText={t('rating.send')}
          successMessage={t('rating.sent')}
          initialValues={{ ...fromScores(current?.selfScores), note: current?.selfNote ?? '' }}
          onSubmit={(values) =>
            submit({
              variables: {
                month,
                scores: toScoreInput(values),
                note: values.note,
                version: current?.version ?? null,
              },
            })
          }
          onClose={(saved) => {
            setOpen(false);
            if (saved) void refetch();
          }}
        >
          <ScoreFields />
          <Form.Item name="note" label={t('rating.note')}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </EntityFormModal>
      )}
    </Space>
  );
}
