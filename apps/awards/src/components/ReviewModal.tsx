import { useMutation } from '@apollo/client/react';
import { Form, Input, InputNumber, Typography } from 'antd';
import { EntityFormModal } from '@dx/design-system';
import { useTranslation } from '@dx/i18n';
import {
  RecuseFromNominationDocument,
  ReviewNominationDocument,
  type ReviewQueueQuery,
} from '../graphql/generated/graphql';
import { ScoreCombination } from './ScoreCombination';

export type QueuedNomination = ReviewQueueQuery['reviewQueue']['nodes'][number];

interface ReviewValues {
  score: number;
  comment?: string;
  criteria?: Record<string, number>;
  reason?: string;
}

/** The score sheet (overall score, one score per weighted criterion, comment), or a recusal with its reason. */
export function ReviewModal({
  nomination,
  recuse,
  onClose,
}: {
  nomination: QueuedNomination;
  recuse: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('awards');
  const refetchQueries = ['ReviewQueue', 'Nominations'];
  const [review] = useMutation(ReviewNominationDocument, { refetchQueries });
  const [recuseFrom] = useMutation(RecuseFromNominationDocument, { refetchQueries });
  const criteria = nomination.round.criteria;

  const save = async (values: ReviewValues) => {
    if (recuse) {
      return (await recuseFrom({ variables: { id: nomination.id, reason: values.reason?.trim() ?? '' } }))
        .data?.recuseFromNomination;
    }
    const criterionScores = criteria.map((c) => ({
      criterionId: c.id,
      score: values.criteria?.[c.id] ?? 0,
    }));
    return (
      await review({
        variables: {
          id: nomination.id,
          score: values.score,
          comment: values.comment?.trim() || null,
          criterionScores: criteria.length ? criterionScores : null,
        },
      })
    ).data?.reviewNomination;
  };

  // No min/max on the input: antd would silently turn 15 into 10; the rule refuses it with a message instead.
  const scoreInput = <InputNumber style={{ width: 120 }} />;
  const scoreRules = [
    { required: true, message: t('reviews.scoreRequired') },
    {
      validator: (_: unknown, value: unknown) =>
        value === undefined ||
        value === null ||
        (Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 10)
          ? Promise.resolve()
          : Promise.reject(new Error(t('reviews.scoreRange'))),
    },
  ];
  return (
    <EntityFormModal<ReviewValues>
      title={
        recuse
          ? t('reviews.recuseTitle', { name: nomination.nomineeName })
          : t('reviews.reviewTitle', { name: nomination.nomineeName })
      }
      okText={recuse ? t('reviews.recuse') : undefined}
      name="review"
      namespace="awards"
      successMessage={recuse ? t('reviews.recused') : t('reviews.saved')}
      onSubmit={save}
      onClose={() => onClose()}
    >
      <Typography.Paragraph type="secondary" ellipsis={{ rows: 4, expandable: true }}>
        {nomination.achievements}
      </Typography.Paragraph>
      {recuse ? (
        <Form.Item
          name="reason"
          label={t('reviews.reason')}
          rules={[{ required: true, whitespace: true, min: 5, message: t('reviews.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={1000} autoFocus />
        </Form.Item>
      ) : (
        <>
          <Form.Item name="score" label={t('reviews.score')} rules={scoreRules}>
            {scoreInput}
          </Form.Item>
          {criteria.map((c) => (
            <Form.Item
              key={c.id}
              name={['criteria', c.id]}
              label={t('reviews.criterionScore', { name: c.name, weight: c.weight })}
              rules={scoreRules}
            >
              {scoreInput}
            </Form.Item>
          ))}
          <ScoreCombination criteria={criteria} minReviews={nomination.round.minReviews} />
          <Form.Item name="comment" label={t('reviews.comment')}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        </>
      )}
    </EntityFormModal>
  );
}
