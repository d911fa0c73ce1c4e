import { Alert, Form } from 'antd';
import { useTranslation } from '@dx/i18n';
import { formatScore } from './format';

interface Criterion {
  id: string;
  name: string;
  weight: number;
}

/**
 * How this sheet's score is made, live as the reviewer types: the weighted mean of the criteria
 * (or the overall score where the round has none), then the nomination's score is the mean of all
 * reviewers' scores, after the round's minimum number of reviews.
 */
export function ScoreCombination({ criteria, minReviews }: { criteria: Criterion[]; minReviews: number }) {
  const { t } = useTranslation('awards');
  const form = Form.useFormInstance();
  const overall = Form.useWatch('score', form) as number | undefined;
  const scores = (Form.useWatch('criteria', form) ?? {}) as Record<string, number | undefined>;
  let line: string;
  if (criteria.length === 0) {
    line = t('reviews.combineOverall', { score: overall ?? '—' });
  } else {
    const total = criteria.reduce((sum, c) => sum + c.weight, 0);
    const filled = criteria.every((c) => Number.isFinite(scores[c.id]));
    const weighted = filled
      ? criteria.reduce((sum, c) => sum + c.weight * (scores[c.id] ?? 0), 0) / total
      : null;
    const terms = criteria.map((c) => `${scores[c.id] ?? '?'}×${c.weight}`).join(' + ');
    line = t('reviews.combineWeighted', {
      terms,
      total,
      result: weighted === null ? '—' : formatScore(weighted),
    });
  }
  return (
    <Alert
      type="info"
      data-testid="score-combination"
      style={{ marginBottom: 16 }}
      title={line}
      description={t('reviews.combineNomination', { count: minReviews })}
    />
  );
}
